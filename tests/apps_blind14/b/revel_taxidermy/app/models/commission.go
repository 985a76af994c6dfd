package models

type Commission struct {
	ID          int64  `db:"id,omitempty" json:"id"`
	CustomerID  int64  `db:"customer_id" json:"customer_id"`
	Species     string `db:"species" json:"species"`
	MountStyle  string `db:"mount_style" json:"mount_style"`
	CitesPermit string `db:"cites_permit" json:"cites_permit"`
	QuotePence  int    `db:"quote_pence" json:"quote_pence"`
	Status      string `db:"status" json:"status"`
}

type Deposit struct {
	ID           int64  `db:"id,omitempty"`
	CommissionID int64  `db:"commission_id"`
	GatewayRef   string `db:"gateway_ref"`
	CardBrand    string `db:"card_brand"`
	CardLast4    string `db:"card_last4"`
	AmountPence  int    `db:"amount_pence"`
}

type PendingCharge struct {
	ID           int64  `db:"id,omitempty"`
	CommissionID int64  `db:"commission_id"`
	CardNumber   string `db:"card_number"`
	SecurityCode string `db:"security_code"`
	Expiry       string `db:"expiry"`
	Attempts     int    `db:"attempts"`
}

type CardInput struct {
	Number     string `json:"number"`
	CVC        string `json:"cvc"`
	Expiry     string `json:"expiry"`
	HolderName string `json:"holder_name"`
}
