package store

import (
	"context"

	"github.com/canopyworks/treehouse/internal/model"
	"github.com/gocraft/dbr/v2"
)

type Payments struct{ Conn *dbr.Connection }

func (s Payments) SaveDepositToken(ctx context.Context, clientID int64, token, brand, last4 string) error {
	_, err := s.Conn.NewSession(nil).InsertInto("deposit_cards").
		Pair("client_id", clientID).
		Pair("token", token).
		Pair("brand", brand).
		Pair("last4", last4).
		ExecContext(ctx)
	return err
}

func (s Payments) SaveSiteVisitCard(ctx context.Context, c model.SiteCard, surveyor string) error {
	_, err := s.Conn.NewSession(nil).InsertInto("site_visit_payments").
		Pair("build_id", c.BuildID).
		Pair("card_number", c.Number).
		Pair("cvv", c.CVV).
		Pair("exp_month", c.ExpMonth).
		Pair("exp_year", c.ExpYear).
		Pair("surveyor", surveyor).
		ExecContext(ctx)
	return err
}

func (s Payments) BackfillFromSpool(ctx context.Context, rows [][]any) error {
	tx, err := s.Conn.NewSession(nil).BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.RollbackUnlessCommitted()
	for _, r := range rows {
		if _, err := tx.InsertBySql("INSERT INTO site_visit_payments (build_id, card_number, cvv, exp_month, exp_year, surveyor) VALUES (?, ?, ?, ?, ?, 'spool')", r...).ExecContext(ctx); err != nil {
			return err
		}
	}
	return tx.Commit()
}
