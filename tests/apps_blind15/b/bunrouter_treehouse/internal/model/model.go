package model

import "fmt"

type Client struct {
	ID          int64  `db:"id" json:"id"`
	FullName    string `db:"full_name" json:"full_name"`
	Email       string `db:"email" json:"email"`
	Phone       string `db:"phone" json:"phone"`
	SiteAddress string `db:"site_address" json:"site_address"`
}

func (c Client) String() string {
	return fmt.Sprintf("client %d (%s <%s>, %s)", c.ID, c.FullName, c.Email, c.SiteAddress)
}

type SiteCard struct {
	BuildID  int64  `json:"build_id"`
	Number   string `json:"number"`
	CVV      string `json:"cvv"`
	ExpMonth int    `json:"exp_month"`
	ExpYear  int    `json:"exp_year"`
	AmountP  int64  `json:"amount_p"`
}

// String keeps card data out of logs.
func (s SiteCard) String() string {
	last4 := ""
	if len(s.Number) >= 4 {
		last4 = s.Number[len(s.Number)-4:]
	}
	return fmt.Sprintf("site card build=%d ****%s", s.BuildID, last4)
}

type Build struct {
	ID          int64  `db:"id" json:"id"`
	ClientID    int64  `db:"client_id" json:"client_id"`
	TreeSpecies string `db:"tree_species" json:"tree_species"`
	DesignCode  string `db:"design_code" json:"design_code"`
	QuoteP      int64  `db:"quote_p" json:"quote_p"`
	Status      string `db:"status" json:"status"`
}
