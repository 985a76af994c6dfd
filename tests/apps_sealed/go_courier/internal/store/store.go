package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

type Recipient struct {
	ID       int64  `db:"id" json:"id"`
	FullName string `db:"full_name" json:"fullName"`
	Phone    string `db:"phone" json:"phone"`
	Email    string `db:"email" json:"email"`
	Street   string `db:"street" json:"street"`
	Postcode string `db:"postcode" json:"postcode"`
	City     string `db:"city" json:"city"`
}

type CODPayment struct {
	ID            int64     `db:"id"`
	DeliveryID    int64     `db:"delivery_id"`
	CardholderPAN string    `db:"cardholder_pan"`
	AuthCode      string    `db:"auth_code"`
	TerminalID    string    `db:"terminal_id"`
	AmountCents   int       `db:"amount_cents"`
	CapturedAt    time.Time `db:"captured_at"`
}

type OfflineCapture struct {
	TerminalID  string `db:"terminal_id" json:"terminalId"`
	CardNumber  string `db:"card_number" json:"cardNumber"`
	CardCVC     string `db:"card_cvc" json:"cvc"`
	Expiry      string `db:"expiry" json:"expiry"`
	AmountCents int    `db:"amount_cents" json:"amountCents"`
}

type Store struct {
	db *sqlx.DB
}

func New(db *sqlx.DB) *Store { return &Store{db: db} }

func (s *Store) Recipient(ctx context.Context, id int64) (Recipient, error) {
	var r Recipient
	err := s.db.GetContext(ctx, &r, `SELECT id, full_name, phone, email, street, postcode, city FROM recipients WHERE id = $1`, id)
	return r, err
}

func (s *Store) InsertRecipient(ctx context.Context, r Recipient) (int64, error) {
	var id int64
	err := s.db.QueryRowxContext(ctx,
		`INSERT INTO recipients (full_name, phone, email, street, postcode, city) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		r.FullName, r.Phone, r.Email, r.Street, r.Postcode, r.City).Scan(&id)
	return id, err
}

func (s *Store) SaveCOD(ctx context.Context, p CODPayment) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO cod_payments (delivery_id, cardholder_pan, auth_code, terminal_id, amount_cents)
		 VALUES (:delivery_id, :cardholder_pan, :auth_code, :terminal_id, :amount_cents)`, p)
	return err
}

func (s *Store) QueueOffline(ctx context.Context, c OfflineCapture) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO offline_captures (terminal_id, card_number, card_cvc, expiry, amount_cents)
		 VALUES (:terminal_id, :card_number, :card_cvc, :expiry, :amount_cents)`, c)
	return err
}

func (s *Store) SaveFingerprint(ctx context.Context, deliveryID int64, panHMAC, masked string) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO card_fingerprints (delivery_id, pan_hmac, masked_pan) VALUES ($1, $2, $3)`, deliveryID, panHMAC, masked)
	return err
}
