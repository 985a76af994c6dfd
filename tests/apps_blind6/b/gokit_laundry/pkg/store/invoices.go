package store

import (
	"context"
	"fmt"
	"time"
)

type Invoice struct {
	ID            int64  `db:"id"`
	InvoiceNumber string `db:"invoice_number"`
	CustomerID    int64  `db:"customer_id"`
	TotalCents    int    `db:"total_cents"`
	ReferenceNo   string `db:"reference_no"`
}

// NextInvoiceNumber formats LND-YYYYMM-000123 style numbers from the sequence.
func (r *Repo) NextInvoiceNumber(ctx context.Context, now time.Time) (string, error) {
	var seq int64
	if err := r.db.GetContext(ctx, &seq, `SELECT nextval('invoice_seq')`); err != nil {
		return "", err
	}
	return fmt.Sprintf("LND-%s-%06d", now.Format("200601"), seq), nil
}

func (r *Repo) CreateInvoice(ctx context.Context, inv *Invoice) error {
	return r.db.QueryRowxContext(ctx,
		`INSERT INTO invoices (invoice_number, customer_id, total_cents, reference_no) VALUES ($1, $2, $3, $4) RETURNING id`,
		inv.InvoiceNumber, inv.CustomerID, inv.TotalCents, inv.ReferenceNo,
	).Scan(&inv.ID)
}

func (r *Repo) InvoicesForCustomer(ctx context.Context, customerID int64, limit int) ([]Invoice, error) {
	var out []Invoice
	err := r.db.SelectContext(ctx, &out,
		`SELECT id, invoice_number, customer_id, total_cents, reference_no FROM invoices WHERE customer_id = $1 ORDER BY id DESC LIMIT $2`,
		customerID, limit)
	return out, err
}

func (r *Repo) BillingByCustomer(ctx context.Context, customerID int64) (BillingAccount, error) {
	var b BillingAccount
	err := r.db.GetContext(ctx, &b,
		`SELECT id, customer_id, payment_method, card_last4, card_bin, card_brand, card_expiry FROM billing_accounts WHERE customer_id = $1`,
		customerID)
	return b, err
}
