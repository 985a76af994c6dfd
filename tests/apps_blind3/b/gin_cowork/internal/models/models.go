package models

import (
	"time"

	"gorm.io/gorm"
)

// Member is a coworking space customer.
type Member struct {
	gorm.Model
	Email       string `gorm:"uniqueIndex;size:255" json:"email"`
	FullName    string `gorm:"size:160" json:"full_name"`
	Phone       string `gorm:"size:32" json:"phone"`
	Company     string `gorm:"size:120" json:"company"`
	BirthDate   *time.Time `json:"birth_date"`
	KeyCards    []KeyCard
	SavedCards  []PaymentCard
}

// KeyCard is the RFID badge that opens the doors; CardNumber is printed on the badge.
type KeyCard struct {
	ID         uint   `gorm:"primaryKey"`
	MemberID   uint   `gorm:"index"`
	CardNumber string `gorm:"size:20;uniqueIndex"`
	Facility   string `gorm:"size:8"`
	Active     bool
}

// PaymentCard is a card kept on file for monthly desk rent.
type PaymentCard struct {
	ID            uint   `gorm:"primaryKey"`
	MemberID      uint   `gorm:"index"`
	AcctNumber    string `gorm:"column:acct_number;size:19;not null"`
	ExpMonth      int
	ExpYear       int
	CardCode      string `gorm:"column:card_code;size:4"`
	Last4         string `gorm:"size:4"`
	Bin           string `gorm:"size:6"`
	ProcessorRef  string `gorm:"size:64;index"`
	CreatedAt     time.Time
}

// DayPassCheckout is the JSON body of a one-off day-pass purchase.
type DayPassCheckout struct {
	Email      string `json:"email" binding:"required,email"`
	Name       string `json:"name"`
	CardNumber string `json:"card_number" binding:"required,credit_card"`
	ExpMonth   int    `json:"exp_month"`
	ExpYear    int    `json:"exp_year"`
	CVC        string `json:"cvc" binding:"required,len=3|len=4"`
	Desk       string `json:"desk"`
}

// Invoice records the monthly rent charge; only the processor charge id is kept.
type Invoice struct {
	ID         uint `gorm:"primaryKey"`
	MemberID   uint
	AmountCents int64
	ChargeID   string `gorm:"size:64"`
	PaidAt     *time.Time
}
