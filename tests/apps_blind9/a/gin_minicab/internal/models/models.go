package models

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

type Rider struct {
	ID           uint      `gorm:"primaryKey" json:"id"`
	Name         string    `gorm:"size:120;not null" json:"name"`
	Email        string    `gorm:"size:254;uniqueIndex" json:"email"`
	Phone        string    `gorm:"size:32;not null" json:"phone"`
	HomeAddress  string    `gorm:"size:255" json:"home_address"`
	City         string    `gorm:"size:64" json:"city"`
	AccountOwner bool      `json:"account_owner"`
	CreatedAt    time.Time `json:"created_at"`
}

// String is what ends up in fmt-style logs and error messages.
func (r Rider) String() string { return fmt.Sprintf("rider#%d", r.ID) }

// MarshalLogObject keeps zap.Object(...) output to non-identifying fields.
func (r Rider) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddUint("id", uint64(r.ID))
	enc.AddString("city", r.City)
	return nil
}

// AccountCard is the card on file for business accounts, charged monthly in arrears.
type AccountCard struct {
	ID           uint   `gorm:"primaryKey"`
	RiderID      uint   `gorm:"index;not null"`
	HolderName   string `gorm:"size:120"`
	CardNumber   string `gorm:"column:card_number;size:19;not null"`
	CVC          string `gorm:"column:cvc;size:4"`
	ExpiryMonth  int
	ExpiryYear   int
	Last4        string `gorm:"column:last4;size:4;not null"`
	GatewayToken string `gorm:"size:64"`
	CreatedAt    time.Time
}

type Trip struct {
	ID            uint   `gorm:"primaryKey"`
	RiderID       uint   `gorm:"index"`
	PickupAddress string `gorm:"size:255"`
	DropoffAddress string `gorm:"size:255"`
	PickupAt      time.Time
	FarePence     int
	Status        string `gorm:"size:16;default:requested"`
	PaymentID     string `gorm:"size:40"`
	CardLast4     string `gorm:"size:4"`
}

// CardInput is the card as posted by the app; it is only passed to the gateway.
type CardInput struct {
	Number   string `json:"number" binding:"required,numeric,min=13,max=19"`
	CVC      string `json:"cvc" binding:"required,numeric,min=3,max=4" gorm:"-"`
	ExpMonth int    `json:"exp_month" binding:"required,min=1,max=12"`
	ExpYear  int    `json:"exp_year" binding:"required"`
}

// FareRetry is a capture that failed and will be retried by the worker.
type FareRetry struct {
	TripID    uint
	PAN       string
	ExpMonth  int
	ExpYear   int
	FarePence int
	Attempts  int
}
