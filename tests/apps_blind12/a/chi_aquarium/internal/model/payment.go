package model

import "gorm.io/gorm"

type PlanPayment struct {
	gorm.Model
	CustomerID   uint
	AmountCents  int64
	CardNumber   string `gorm:"size:19"`
	CardCVC      string `gorm:"column:card_cvc;size:4"`
	Status       string `gorm:"size:16;default:pending"`
}

type StoredCard struct {
	gorm.Model
	CustomerID uint
	Token      string `gorm:"size:64;not null"`
	Last4      string `gorm:"size:4;not null"`
	Brand      string `gorm:"size:16"`
}

type TestKit struct {
	gorm.Model
	CustomerID uint
	SIMCardNo  string `gorm:"column:sim_card_no;size:20"`
}
