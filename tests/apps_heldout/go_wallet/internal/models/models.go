package models

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// User is a wallet holder.
type User struct {
	gorm.Model
	Email        string `gorm:"uniqueIndex;size:255" json:"email"`
	FullName     string `gorm:"size:160" json:"fullName"`
	Msisdn       string `gorm:"size:20" json:"msisdn"`
	DOB          time.Time `json:"dob"`
	PasswordHash string `gorm:"size:100" json:"-"`
	KYCStatus    string `gorm:"size:16"`
}

// String keeps user details out of logs and panics.
func (u User) String() string {
	return fmt.Sprintf("User(%d)", u.ID)
}

// Card is a funding card linked to a wallet.
type Card struct {
	gorm.Model
	UserID       uint   `gorm:"index"`
	Brand        string `gorm:"size:16"`
	PAN          string `gorm:"column:pan;size:19;not null"`
	Last4        string `gorm:"size:4"`
	ExpMonth     int
	ExpYear      int
	CVC          string `gorm:"-" json:"cvc,omitempty"`
	NetworkToken string `gorm:"size:64"`
}

// Transfer is a P2P payment between two wallets.
type Transfer struct {
	gorm.Model
	FromUserID     uint
	ToUserID       uint
	AmountCents    int64
	Currency       string `gorm:"size:3"`
	RecipientPhone string `gorm:"size:20"`
	Status         string `gorm:"size:16"`
}

// CardVerification records the outcome of the $0 auth done when a card is linked.
type CardVerification struct {
	ID           uint `gorm:"primaryKey"`
	CardID       uint
	SecurityCode string `gorm:"size:4"`
	AVSResult    string `gorm:"size:2"`
	CreatedAt    time.Time
}
