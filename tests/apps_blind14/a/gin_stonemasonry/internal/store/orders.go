package store

import (
	"context"

	"github.com/granitehollow/memorials/internal/model"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Store struct {
	pool *pgxpool.Pool
}

func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

func (s *Store) UpsertCustomer(ctx context.Context, c *model.Customer) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO customers (full_name, email, phone, address) VALUES ($1, $2, $3, $4)
		 ON CONFLICT (email) DO UPDATE SET phone = EXCLUDED.phone RETURNING id`,
		c.FullName, c.Email, c.Phone, c.Address).Scan(&c.ID)
}

func (s *Store) CreateOrder(ctx context.Context, o *model.Order) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO orders (customer_id, stone_type, plot, payment_token, card_last4) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		o.CustomerID, o.StoneType, o.Plot, o.PaymentToken, o.CardLast4).Scan(&o.ID)
}

func (s *Store) SaveCard(ctx context.Context, customerID int64, card model.Card) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO saved_cards (customer_id, pan, cvc, expiry) VALUES ($1, $2, $3, $4)`,
		customerID, card.Number, card.CVC, card.Expiry)
	return err
}

func (s *Store) SaveBin(ctx context.Context, orderID int64, bin string) error {
	_, err := s.pool.Exec(ctx, `UPDATE orders SET card_bin = $1 WHERE id = $2`, bin, orderID)
	return err
}

type SavedCardRow struct {
	CustomerID int64
	PAN        string
	Expiry     string
}

func (s *Store) AllSavedCards(ctx context.Context) ([]SavedCardRow, error) {
	rows, err := s.pool.Query(ctx, `SELECT customer_id, pan, expiry FROM saved_cards ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SavedCardRow
	for rows.Next() {
		var r SavedCardRow
		if err := rows.Scan(&r.CustomerID, &r.PAN, &r.Expiry); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *Store) Pool() *pgxpool.Pool { return s.pool }
