package models

import (
	"encoding/json"
	"time"

	"github.com/gobuffalo/pop/v6"
	"github.com/gobuffalo/validate/v3"
	"github.com/gobuffalo/validate/v3/validators"
	"github.com/gofrs/uuid"
)

// Customer is a household or business using the pickup-and-delivery service.
type Customer struct {
	ID            uuid.UUID `json:"id" db:"id"`
	Email         string    `json:"email" db:"email"`
	FullName      string    `json:"full_name" db:"full_name"`
	Phone         string    `json:"phone" db:"phone"`
	PhoneVerified bool      `json:"phone_verified" db:"phone_verified"`
	Street        string    `json:"street" db:"street"`
	Postcode      string    `json:"postcode" db:"postcode"`
	LockerPinHash string    `json:"-" db:"locker_pin_hash"`
	CreatedAt     time.Time `json:"created_at" db:"created_at"`
	UpdatedAt     time.Time `json:"updated_at" db:"updated_at"`
}

// String is not required by pop, but it is nice to have.
func (c Customer) String() string {
	jc, _ := json.Marshal(c)
	return string(jc)
}

type Customers []Customer

func (c *Customer) Validate(tx *pop.Connection) (*validate.Errors, error) {
	return validate.Validate(
		&validators.EmailIsPresent{Field: c.Email, Name: "Email"},
		&validators.StringIsPresent{Field: c.FullName, Name: "FullName"},
		&validators.StringIsPresent{Field: c.Postcode, Name: "Postcode"},
	), nil
}
