package store

import (
	"context"

	"github.com/jmoiron/sqlx"
	"github.com/saltline/charters/internal/models"
)

type Store struct {
	db *sqlx.DB
}

func New(db *sqlx.DB) *Store { return &Store{db: db} }

func (s *Store) CreateAngler(ctx context.Context, a *models.Angler) error {
	rows, err := s.db.NamedQueryContext(ctx, `
		INSERT INTO anglers (full_name, email, phone, date_of_birth, home_address)
		VALUES (:full_name, :email, :phone, :date_of_birth, :home_address)
		RETURNING id, created_at`, a)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&a.ID, &a.CreatedAt)
	}
	return rows.Err()
}

func (s *Store) AnglerByEmail(ctx context.Context, email string) (*models.Angler, error) {
	var a models.Angler
	err := s.db.GetContext(ctx, &a, `SELECT * FROM anglers WHERE email = $1`, email)
	return &a, err
}

func (s *Store) Angler(ctx context.Context, id int64) (*models.Angler, error) {
	var a models.Angler
	err := s.db.GetContext(ctx, &a, `SELECT * FROM anglers WHERE id = $1`, id)
	return &a, err
}

func (s *Store) SetLicence(ctx context.Context, id int64, licence string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE anglers SET licence_no = $1 WHERE id = $2`, licence, id)
	return err
}

func (s *Store) CreateBooking(ctx context.Context, b *models.Booking) error {
	return s.db.QueryRowxContext(ctx,
		`INSERT INTO bookings (trip_id, angler_id, seats) VALUES ($1, $2, $3) RETURNING id, status`,
		b.TripID, b.AnglerID, b.Seats).Scan(&b.ID, &b.Status)
}

func (s *Store) MarkPaid(ctx context.Context, bookingID int64, ref, last4 string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE bookings SET status = 'paid', payment_ref = $1, card_last4 = $2 WHERE id = $3`, ref, last4, bookingID)
	return err
}

func (s *Store) SaveCard(ctx context.Context, c *models.SavedCard) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO saved_cards (angler_id, token, brand, last4) VALUES (:angler_id, :token, :brand, :last4)`, c)
	return err
}

func (s *Store) SaveDockCard(ctx context.Context, c *models.DockCard) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO dock_cards (booking_id, pan, cvc, expiry, skipper) VALUES (:booking_id, :pan, :cvc, :expiry, :skipper)`, c)
	return err
}

func (s *Store) DockCard(ctx context.Context, id int64) (*models.DockCard, error) {
	var c models.DockCard
	err := s.db.GetContext(ctx, &c, `SELECT * FROM dock_cards WHERE id = $1`, id)
	return &c, err
}

func (s *Store) AllAnglers(ctx context.Context) ([]models.Angler, error) {
	var out []models.Angler
	err := s.db.SelectContext(ctx, &out, `SELECT * FROM anglers ORDER BY id`)
	return out, err
}
