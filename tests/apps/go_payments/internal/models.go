package internal

import "gorm.io/gorm"

type Card struct {
	gorm.Model
	CustomerID uint
	CardNumber string // expect: card_number_storage
	CardLast4  string
	Token      string
}

type LegacyCard struct {
	ID  uint
	PAN string `gorm:"column:pan;size:19"` // expect: card_number_storage
	CVV string `gorm:"size:4"`             // expect: card_security_code_storage
	Bin string `gorm:"size:6"`
}

type ChargeRequest struct {
	CardNumber string `json:"card_number"`
	CVV        string `json:"cvv"`
	Email      string `json:"email"`
}
