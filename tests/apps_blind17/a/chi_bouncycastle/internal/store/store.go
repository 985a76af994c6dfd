package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

type Customer struct {
	ID        int64     `db:"id"`
	FullName  string    `db:"full_name"`
	Email     string    `db:"email"`
	Phone     string    `db:"phone"`
	Address   string    `db:"address"`
	Postcode  string    `db:"postcode"`
	CapsuleID *int64    `db:"capsule_id"`
	CreatedAt time.Time `db:"created_at"`
}

func (c Customer) String() string {
	return fmt.Sprintf("customer#%d", c.ID)
}

type Hire struct {
	ID             int64     `db:"id"`
	CustomerID     int64     `db:"customer_id"`
	CastleSKU      string    `db:"castle_sku"`
	EventDate      time.Time `db:"event_date"`
	DeliverySlot   string    `db:"delivery_slot"`
	BouncePayToken *string   `db:"bouncepay_token"`
	CardLast4      *string   `db:"card_last4"`
	Status         string    `db:"status"`
}

type DamageHold struct {
	HireID      int64  `db:"hire_id"`
	CardPAN     string `db:"card_pan"`
	CardExpiry  string `db:"card_expiry"`
	AmountPence int    `db:"amount_pence"`
}

type Store struct{ db *sqlx.DB }

func New(db *sqlx.DB) *Store { return &Store{db: db} }

func (s *Store) CreateCustomer(ctx context.Context, c *Customer) error {
	rows, err := s.db.NamedQueryContext(ctx, `
		INSERT INTO customers (full_name, email, phone, address, postcode)
		VALUES (:full_name, :email, :phone, :address, :postcode) RETURNING id`, c)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&c.ID)
	}
	return nil
}

func (s *Store) Customer(ctx context.Context, id int64) (*Customer, error) {
	var c Customer
	err := s.db.GetContext(ctx, &c, `SELECT * FROM customers WHERE id = $1`, id)
	return &c, err
}

func (s *Store) CreateHire(ctx context.Context, h *Hire) error {
	rows, err := s.db.NamedQueryContext(ctx, `
		INSERT INTO hires (customer_id, castle_sku, event_date, delivery_slot, bouncepay_token, card_last4)
		VALUES (:customer_id, :castle_sku, :event_date, :delivery_slot, :bouncepay_token, :card_last4) RETURNING id`, h)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&h.ID)
	}
	return nil
}

func (s *Store) CreateDamageHold(ctx context.Context, d *DamageHold) error {
	_, err := s.db.NamedExecContext(ctx, `
		INSERT INTO damage_holds (hire_id, card_pan, card_expiry, amount_pence)
		VALUES (:hire_id, :card_pan, :card_expiry, :amount_pence)`, d)
	return err
}

func (s *Store) HiresOn(ctx context.Context, day time.Time) ([]Hire, error) {
	var hires []Hire
	err := s.db.SelectContext(ctx, &hires, `SELECT * FROM hires WHERE event_date = $1 ORDER BY delivery_slot`, day)
	return hires, err
}
