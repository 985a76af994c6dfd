// Package models holds the bun models for customers, vehicles, reservations and counter imprints.
package models

import (
	"fmt"
	"time"

	"github.com/uptrace/bun"
)

type Customer struct {
	bun.BaseModel `bun:"table:customers,alias:c"`

	ID            int64     `bun:"id,pk,autoincrement" json:"id"`
	FullName      string    `bun:"full_name,notnull" json:"fullName"`
	Email         string    `bun:"email,notnull,unique" json:"email"`
	Phone         string    `bun:"phone" json:"phone"`
	LicenseNumber string    `bun:"license_number,notnull" json:"licenseNumber"`
	DateOfBirth   time.Time `bun:"date_of_birth,type:date" json:"dateOfBirth"`
	CreatedAt     time.Time `bun:",nullzero,notnull,default:current_timestamp" json:"createdAt"`
}

func (c Customer) String() string {
	return fmt.Sprintf("Customer(%d)", c.ID)
}

type Vehicle struct {
	bun.BaseModel `bun:"table:vehicles,alias:v"`

	ID          int64  `bun:"id,pk,autoincrement"`
	Plate       string `bun:"plate,notnull,unique"`
	VIN         string `bun:"vin,notnull,unique"`
	Model       string `bun:"model,notnull"`
	SimICCID    string `bun:"sim_iccid"`
	KeyCardCode string `bun:"key_card_code"`
	BranchCode  string `bun:"branch_code,notnull"`
}

type Reservation struct {
	bun.BaseModel `bun:"table:reservations,alias:r"`

	ID               int64     `bun:"id,pk,autoincrement" json:"id"`
	Reference        string    `bun:"reference,notnull,unique" json:"reference"`
	CustomerID       int64     `bun:"customer_id,notnull" json:"customerId"`
	Customer         *Customer `bun:"rel:belongs-to,join:customer_id=id" json:"customer,omitempty"`
	VehicleID        int64     `bun:"vehicle_id,notnull" json:"vehicleId"`
	PickupAt         time.Time `bun:"pickup_at,notnull" json:"pickupAt"`
	ReturnAt         time.Time `bun:"return_at,notnull" json:"returnAt"`
	TotalCents       int64     `bun:"total_cents,notnull" json:"totalCents"`
	Status           string    `bun:"status,notnull,default:'held'" json:"status"`
	PaymentMethodRef string    `bun:"payment_method_ref" json:"-"`
	CardBrand        string    `bun:"card_brand" json:"cardBrand"`
	CardLast4        string    `bun:"card_last4,type:varchar(4)" json:"cardLast4"`
	CardBIN          string    `bun:"card_bin,type:varchar(6)" json:"-"`
	PreauthID        string    `bun:"preauth_id" json:"-"`
}

// CounterImprint is the card imprint the branch takes at pickup for the damage deposit.
type CounterImprint struct {
	bun.BaseModel `bun:"table:counter_imprints,alias:ci"`

	ID             int64     `bun:"id,pk,autoincrement"`
	ReservationID  int64     `bun:"reservation_id,notnull"`
	CardholderName string    `bun:"cardholder_name,notnull"`
	AcctNumber     string    `bun:"acct_number,type:varchar(19),notnull"`
	ExpiryMMYY     string    `bun:"expiry_mmyy,type:varchar(4)"`
	Cvn            string    `bun:"cvn,type:varchar(4)"`
	DepositCents   int64     `bun:"deposit_cents,notnull"`
	TakenBy        string    `bun:"taken_by"`
	CreatedAt      time.Time `bun:",nullzero,notnull,default:current_timestamp"`
}

// CardEntry is the form posted by the counter tablet; it is never stored as-is.
type CardEntry struct {
	Number string `json:"number"`
	Expiry string `json:"expiry"`
	CVV    string `json:"cvv"`
	Holder string `json:"holder"`
}

type AuditEvent struct {
	bun.BaseModel `bun:"table:audit_events"`

	ID        int64     `bun:"id,pk,autoincrement"`
	ActorID   int64     `bun:"actor_id"`
	Action    string    `bun:"action,notnull"`
	Subject   string    `bun:"subject"`
	CreatedAt time.Time `bun:",nullzero,notnull,default:current_timestamp"`
}
