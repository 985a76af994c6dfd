package models

import "fmt"

type Client struct {
	ID          int64  `json:"id"`
	FullName    string `json:"full_name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	Address     string `json:"address"`
	Postcode    string `json:"postcode"`
	Password    string `json:"password,omitempty"`
	CompanyName string `json:"company_name"`
}

func (c Client) String() string {
	return fmt.Sprintf("Client{id=%d name=%q email=%q phone=%q}", c.ID, c.FullName, c.Email, c.Phone)
}

type ClientRef struct {
	ID int64
}

func (c ClientRef) String() string {
	return fmt.Sprintf("client#%d", c.ID)
}
