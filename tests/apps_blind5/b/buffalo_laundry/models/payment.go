package models

import (
	"time"

	"github.com/gofrs/uuid"
)

// PaymentCard is a card vaulted at the processor.
type PaymentCard struct {
	ID             uuid.UUID `json:"id" db:"id"`
	CustomerID     uuid.UUID `json:"customer_id" db:"customer_id"`
	ProcessorToken string    `json:"-" db:"processor_token"`
	Brand          string    `json:"brand" db:"brand"`
	LastFour       string    `json:"last_four" db:"last_four"`
	ExpMonth       int       `json:"exp_month" db:"exp_month"`
	ExpYear        int       `json:"exp_year" db:"exp_year"`
	IsDefault      bool      `json:"is_default" db:"is_default"`
	CreatedAt      time.Time `json:"created_at" db:"created_at"`
	UpdatedAt      time.Time `json:"updated_at" db:"updated_at"`
}

// SubscriptionCard holds the card for the weekly wash plan. The old billing
// box charges it directly every Monday.
type SubscriptionCard struct {
	ID         uuid.UUID `json:"id" db:"id"`
	CustomerID uuid.UUID `json:"customer_id" db:"customer_id"`
	CcNum      string    `json:"cc_num" db:"cc_num"`
	CcExp      string    `json:"cc_exp" db:"cc_exp"`
	CcCvc      string    `json:"-" db:"cc_cvc"`
	Plan       string    `json:"plan" db:"plan"`
	CreatedAt  time.Time `json:"created_at" db:"created_at"`
	UpdatedAt  time.Time `json:"updated_at" db:"updated_at"`
}

// LaundryOrder is one pickup.
type LaundryOrder struct {
	ID          uuid.UUID `json:"id" db:"id"`
	CustomerID  uuid.UUID `json:"customer_id" db:"customer_id"`
	OrderNumber string    `json:"order_number" db:"order_number"`
	Service     string    `json:"service" db:"service"`
	WeightGrams int       `json:"weight_grams" db:"weight_grams"`
	TotalCents  int       `json:"total_cents" db:"total_cents"`
	Status      string    `json:"status" db:"status"`
	PickupAt    time.Time `json:"pickup_at" db:"pickup_at"`
	LockerCode  string    `json:"locker_code" db:"locker_code"`
	CreatedAt   time.Time `json:"created_at" db:"created_at"`
	UpdatedAt   time.Time `json:"updated_at" db:"updated_at"`
}

// CardForm is bound from the checkout form and forwarded to the processor only.
type CardForm struct {
	Number   string `form:"card_number" json:"card_number"`
	Exp      string `form:"exp" json:"exp"`
	CVC      string `form:"cvc" json:"cvc"`
	Plan     string `form:"plan" json:"plan"`
	SaveCard bool   `form:"save_card" json:"save_card"`
}
