package models

import "fmt"

type Customer struct {
	ID             int64  `db:"id,omitempty" json:"id"`
	FullName       string `db:"full_name" json:"full_name"`
	Email          string `db:"email" json:"email"`
	Phone          string `db:"phone" json:"phone"`
	Address        string `db:"address" json:"address"`
	FirearmsCertNo string `db:"firearms_cert_no" json:"firearms_cert_no"`
}

func (c Customer) String() string {
	return fmt.Sprintf("Customer{id=%d name=%q email=%q phone=%q}", c.ID, c.FullName, c.Email, c.Phone)
}

type CustomerRef struct {
	ID int64
}

func (r CustomerRef) String() string {
	return fmt.Sprintf("customer#%d", r.ID)
}
