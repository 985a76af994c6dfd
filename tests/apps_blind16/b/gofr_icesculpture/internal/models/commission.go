package models

import "time"

type Commission struct {
	ID          int64     `json:"id"`
	ClientID    int64     `json:"client_id"`
	Piece       string    `json:"piece"`
	EventDate   time.Time `json:"event_date"`
	Venue       string    `json:"venue"`
	QuotePence  int64     `json:"quote_pence"`
	DepositPaid bool      `json:"deposit_paid"`
}

type CardRequest struct {
	Number   string `json:"number"`
	CVC      string `json:"cvc"`
	ExpMonth int    `json:"exp_month"`
	ExpYear  int    `json:"exp_year"`
	Holder   string `json:"holder"`
}

type DepositRetry struct {
	CommissionID int64  `json:"commission_id"`
	ClientID     int64  `json:"client_id"`
	AmountPence  int64  `json:"amount_pence"`
	CardNumber   string `json:"card_number,omitempty"`
	CVC          string `json:"cvc,omitempty"`
	GatewayToken string `json:"gateway_token,omitempty"`
}
