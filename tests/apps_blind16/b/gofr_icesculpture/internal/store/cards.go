package store

import (
	"gofr.dev/pkg/gofr"
)

func SaveCardToken(ctx *gofr.Context, commissionID int64, token, brand, last4 string) error {
	_, err := ctx.SQL.ExecContext(ctx,
		`INSERT INTO commission_cards (commission_id, gateway_token, brand, last4) VALUES ($1, $2, $3, $4)`,
		commissionID, token, brand, last4)
	return err
}

func SavePhoneCard(ctx *gofr.Context, commissionID int64, number, cvc, expiry string) error {
	_, err := ctx.SQL.ExecContext(ctx,
		`INSERT INTO phone_cards (commission_id, card_number, cvc, expiry) VALUES ($1, $2, $3, $4)`,
		commissionID, number, cvc, expiry)
	return err
}

func DeletePhoneCardsOlderThan(ctx *gofr.Context, days int) (int64, error) {
	res, err := ctx.SQL.ExecContext(ctx,
		`DELETE FROM phone_cards WHERE created_at < now() - make_interval(days => $1)`, days)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
