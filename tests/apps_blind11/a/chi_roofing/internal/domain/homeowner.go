package domain

import (
	"fmt"

	"github.com/rs/zerolog"
)

type Homeowner struct {
	ID       int64  `json:"id"`
	FullName string `json:"full_name"`
	Email    string `json:"email"`
	Phone    string `json:"phone"`
	Address  string `json:"address"`
}

func (h Homeowner) String() string {
	return fmt.Sprintf("%s <%s> %s, %s", h.FullName, h.Email, h.Phone, h.Address)
}

type DepositCard struct {
	Number string `json:"number"`
	CVC    string `json:"cvc"`
	Expiry string `json:"expiry"`
}

func (c DepositCard) MarshalZerologObject(e *zerolog.Event) {
	if len(c.Number) >= 4 {
		e.Str("last4", c.Number[len(c.Number)-4:])
	}
	e.Str("expiry", c.Expiry)
}

type DepositRequest struct {
	QuoteID     int64       `json:"quote_id"`
	HomeownerID int64       `json:"homeowner_id"`
	AmountPence int32       `json:"amount_pence"`
	Card        DepositCard `json:"card"`
	SaveCard    bool        `json:"save_card"`
}
