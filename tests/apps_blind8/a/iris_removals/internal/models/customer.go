package models

import (
	"fmt"
	"time"
)

type Customer struct {
	tableName struct{} `pg:"customers,alias:c"`

	ID          int64     `pg:"id,pk" json:"id"`
	FirstName   string    `pg:"first_name,notnull" json:"first_name"`
	LastName    string    `pg:"last_name,notnull" json:"last_name"`
	Email       string    `pg:"email,unique,notnull" json:"email"`
	Phone       string    `pg:"phone" json:"phone"`
	FromAddress string    `pg:"from_address" json:"from_address"`
	ToAddress   string    `pg:"to_address" json:"to_address"`
	CreatedAt   time.Time `pg:"created_at,default:now()" json:"created_at"`
}

func (c Customer) String() string {
	return fmt.Sprintf("Customer#%d", c.ID)
}

// Summary is used in crew sheets printed at the depot.
func (c Customer) Summary() string {
	return fmt.Sprintf("%s %s, %s, %s", c.FirstName, c.LastName, c.Phone, c.FromAddress)
}
