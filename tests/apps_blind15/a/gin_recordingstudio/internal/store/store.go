package store

import (
	"context"

	"github.com/bluefader/studio-api/internal/model"
	"github.com/jmoiron/sqlx"
)

type Store struct{ db *sqlx.DB }

func New(db *sqlx.DB) *Store { return &Store{db: db} }

func (s *Store) CreateArtist(ctx context.Context, a *model.Artist) error {
	return s.db.QueryRowxContext(ctx,
		`INSERT INTO artists (stage_name, legal_name, email, phone, address) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
		a.StageName, a.LegalName, a.Email, a.Phone, a.Address).Scan(&a.ID, &a.CreatedAt)
}

func (s *Store) Artist(ctx context.Context, id int64) (model.Artist, error) {
	var a model.Artist
	err := s.db.GetContext(ctx, &a, `SELECT * FROM artists WHERE id = $1`, id)
	return a, err
}

func (s *Store) CreateBooking(ctx context.Context, b *model.SessionBooking) error {
	rows, err := s.db.NamedQueryContext(ctx,
		`INSERT INTO session_bookings (artist_id, room, starts_at, hours, engineer, rate_pence)
		 VALUES (:artist_id, :room, :starts_at, :hours, :engineer, :rate_pence) RETURNING id`, b)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return rows.Scan(&b.ID)
	}
	return rows.Err()
}

func (s *Store) SaveHoldCard(ctx context.Context, c model.HoldCard) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO hold_cards (booking_id, holder, number, exp_month, exp_year, cvc)
		 VALUES (:booking_id, :holder, :number, :exp_month, :exp_year, :cvc)`, c)
	return err
}

func (s *Store) SaveCard(ctx context.Context, c model.SavedCard) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO saved_cards (artist_id, token, brand, last4) VALUES (:artist_id, :token, :brand, :last4)`, c)
	return err
}

func (s *Store) HoldCards(ctx context.Context) ([]model.HoldCard, error) {
	var out []model.HoldCard
	err := s.db.SelectContext(ctx, &out, `SELECT booking_id, holder, number, exp_month, exp_year, cvc FROM hold_cards`)
	return out, err
}
