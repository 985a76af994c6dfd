package models

import (
	"fmt"
	"time"
)

type Patient struct {
	ID          int64     `db:"id" json:"id"`
	FullName    string    `db:"full_name" json:"fullName"`
	Email       string    `db:"email" json:"email"`
	Phone       string    `db:"phone" json:"phone"`
	DateOfBirth time.Time `db:"date_of_birth" json:"dateOfBirth"`
	NHSNumber   string    `db:"nhs_number" json:"nhsNumber"`
	Address     string    `db:"address" json:"address"`
	CreatedAt   time.Time `db:"created_at" json:"createdAt"`
}

func (p Patient) String() string {
	return fmt.Sprintf("%s (%s, born %s, NHS %s)", p.FullName, p.Email, p.DateOfBirth.Format("2006-01-02"), p.NHSNumber)
}

type PatientRef struct {
	ID int64
}

func (p PatientRef) String() string { return fmt.Sprintf("patient#%d", p.ID) }

type Audiogram struct {
	ID        int64     `db:"id"`
	PatientID int64     `db:"patient_id"`
	LeftDB    string    `db:"left_db"`
	RightDB   string    `db:"right_db"`
	TakenAt   time.Time `db:"taken_at"`
}

type DevicePayment struct {
	ID           int64     `db:"id"`
	PatientID    int64     `db:"patient_id"`
	AmountPence  int       `db:"amount_pence"`
	TympaniToken string    `db:"tympani_token"`
	CardLast4    string    `db:"card_last4"`
	CreatedAt    time.Time `db:"created_at"`
}

type InstalmentPlan struct {
	ID           int64  `db:"id"`
	PatientID    int64  `db:"patient_id"`
	CardNumber   string `db:"card_number"`
	CardExpiry   string `db:"card_expiry"`
	CardCVV      string `db:"card_cvv"`
	Months       int    `db:"months"`
	MonthlyPence int    `db:"monthly_pence"`
}

type CardInput struct {
	Number string `json:"number" minLength:"12" maxLength:"19"`
	Expiry string `json:"expiry"`
	CVV    string `json:"cvv" minLength:"3" maxLength:"4"`
}
