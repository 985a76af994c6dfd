package store

import (
	"fmt"
	"time"
)

type Customer struct {
	ID          int64     `db:"id,omitempty"`
	Email       string    `db:"email"`
	FullName    string    `db:"full_name"`
	Phone       string    `db:"phone"`
	SiteAddress string    `db:"site_address"`
	TankLitres  int       `db:"tank_litres"`
	CreatedAt   time.Time `db:"created_at,omitempty"`
}

func (c Customer) String() string {
	return fmt.Sprintf("customer %d", c.ID)
}

type PumpOut struct {
	ID           int64     `db:"id,omitempty"`
	CustomerID   int64     `db:"customer_id"`
	ScheduledOn  time.Time `db:"scheduled_on"`
	DriverID     *int64    `db:"driver_id"`
	Status       string    `db:"status"`
	PaymentToken *string   `db:"payment_token"`
	CardLast4    *string   `db:"card_last4"`
	CVCCheck     *string   `db:"cvc_check"`
}

type CabPayment struct {
	ID          int64  `db:"id,omitempty"`
	PumpOutID   int64  `db:"pump_out_id"`
	PAN         string `db:"pan"`
	CVC         string `db:"cvc"`
	Exp         string `db:"exp"`
	AmountCents int    `db:"amount_cents"`
	Uploaded    bool   `db:"uploaded"`
}

type CardInput struct {
	Number string `json:"number"`
	CVC    string `json:"cvc"`
	Exp    string `json:"exp"`
}
