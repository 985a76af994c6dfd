package models

import "time"

// CardOnFile is what the gateway gives back after tokenising the card in the quote form.
type CardOnFile struct {
	tableName struct{} `pg:"cards_on_file"`

	ID           int64  `pg:"id,pk"`
	CustomerID   int64  `pg:"customer_id,notnull"`
	GatewayToken string `pg:"gateway_token,notnull"`
	Brand        string `pg:"brand"`
	Last4        string `pg:"last4"`
	ExpMonth     int    `pg:"exp_month"`
	ExpYear      int    `pg:"exp_year"`
}

// DepotPayment is a card payment taken by phone at the depot when a customer rings to
// pay the balance. The depot terminal is offline half the time, so the office keys the
// card into this table and the capture job retries it.
type DepotPayment struct {
	tableName struct{} `pg:"depot_payments"`

	ID           int64     `pg:"id,pk"`
	JobID        int64     `pg:"job_id,notnull"`
	CardholderNm string    `pg:"cardholder_name"`
	PAN          string    `pg:"pan,notnull"`
	ExpiryMMYY   string    `pg:"expiry_mmyy"`
	CVV2         string    `pg:"cvv2"`
	AmountPence  int64     `pg:"amount_pence"`
	Attempts     int       `pg:"attempts,use_zero"`
	CapturedAt   time.Time `pg:"captured_at"`
}

// CheckoutCard is bound from the quote-acceptance form and forwarded to the gateway.
type CheckoutCard struct {
	Number string `json:"number" pg:"-"`
	Expiry string `json:"expiry" pg:"-"`
	CVC    string `json:"cvc" pg:"-"`
}

// Panel is a wall panel in the van's load plan ("pan" is the loading-bay pan position).
type Panel struct {
	Pan   int `json:"pan"`
	Slots int `json:"slots"`
}
