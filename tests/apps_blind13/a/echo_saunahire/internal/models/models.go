package models

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

type Member struct {
	ID          uint   `gorm:"primaryKey"`
	FullName    string `gorm:"size:160;not null"`
	Email       string `gorm:"size:254;uniqueIndex;not null"`
	Phone       string `gorm:"size:32"`
	DateOfBirth *time.Time
	HomeAddress string `gorm:"size:255"`
	Tier        string `gorm:"size:20;default:basic"`
	CreatedAt   time.Time
	UpdatedAt   time.Time
	DeletedAt   gorm.DeletedAt `gorm:"index"`
}

func (m Member) String() string {
	return fmt.Sprintf("Member(%d %s <%s> %s)", m.ID, m.FullName, m.Email, m.Phone)
}

type CardOnFile struct {
	ID           uint   `gorm:"primaryKey"`
	MemberID     uint   `gorm:"index;not null"`
	GatewayToken string `gorm:"size:64;not null"`
	Brand        string `gorm:"size:16"`
	Last4        string `gorm:"size:4"`
	ExpMonth     int
	ExpYear      int
}

func (c CardOnFile) String() string {
	return fmt.Sprintf("%s ending %s", c.Brand, c.Last4)
}

// HeldCard keeps the deposit card for trailer hires until the trailer is back and inspected.
type HeldCard struct {
	ID         uint   `gorm:"primaryKey"`
	BookingID  uint   `gorm:"uniqueIndex;not null"`
	HolderName string `gorm:"size:120"`
	PAN        string `gorm:"column:pan;size:19;not null"`
	CVV        string `gorm:"column:cvv;size:4"`
	Expiry     string `gorm:"size:5"`
	CreatedAt  time.Time
}

type Booking struct {
	ID          uint      `gorm:"primaryKey"`
	MemberID    uint      `gorm:"index;not null"`
	Member      Member
	TrailerCode string    `gorm:"size:12;not null"`
	Site        string    `gorm:"size:255;not null"`
	StartsAt    time.Time `gorm:"not null"`
	Days        int       `gorm:"not null"`
	TotalPence  int       `gorm:"not null"`
	DepositRef  string    `gorm:"size:64"`
	Status      string    `gorm:"size:20;default:pending"`
}

type GiftCard struct {
	ID         uint   `gorm:"primaryKey"`
	CardNumber string `gorm:"size:16;uniqueIndex"`
	Pin        string `gorm:"size:6"`
	Sessions   int
}
