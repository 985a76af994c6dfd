// Package store holds the hand-written pgx queries of the cinema service.
package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var ErrNotFound = errors.New("not found")

type Store struct {
	pool *pgxpool.Pool
}

func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

func (s *Store) MemberByEmail(ctx context.Context, email string) (*Member, error) {
	var m Member
	err := s.pool.QueryRow(ctx,
		`SELECT id, email, display_name, phone, birth_date, created_at FROM members WHERE email = $1`, email,
	).Scan(&m.ID, &m.Email, &m.DisplayName, &m.Phone, &m.BirthDate, &m.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &m, err
}

func (s *Store) CreateMember(ctx context.Context, m *Member) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO members (email, display_name, phone, birth_date) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
		m.Email, m.DisplayName, m.Phone, m.BirthDate,
	).Scan(&m.ID, &m.CreatedAt)
}

func (s *Store) Screening(ctx context.Context, id int64) (*Screening, error) {
	var sc Screening
	err := s.pool.QueryRow(ctx,
		`SELECT id, film_name, screen, starts_at, seats_max FROM screenings WHERE id = $1`, id,
	).Scan(&sc.ID, &sc.FilmName, &sc.Screen, &sc.StartsAt, &sc.SeatsMax)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &sc, err
}

func (s *Store) InsertBooking(ctx context.Context, b *Booking) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO bookings (code, screening_id, member_id, seats, amount_cents, status)
		 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		b.Code, b.ScreeningID, b.MemberID, b.Seats, b.AmountCents, b.Status,
	).Scan(&b.ID)
}

func (s *Store) MarkPaid(ctx context.Context, code, authCode string) error {
	tag, err := s.pool.Exec(ctx,
		`UPDATE bookings SET status = 'paid', auth_code = $2, paid_at = now() WHERE code = $1`, code, authCode)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("booking %s: %w", code, ErrNotFound)
	}
	return nil
}

func (s *Store) SaveCard(ctx context.Context, c *StoredCard) error {
	const q = `INSERT INTO stored_cards
		(member_id, token, brand, last4, exp_month, exp_year, acct_number, cardholder_name)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`
	return s.pool.QueryRow(ctx, q,
		c.MemberID, c.Token, c.Brand, c.Last4, c.ExpMonth, c.ExpYear, c.AcctNumber, c.CardholderNam,
	).Scan(&c.ID)
}

func (s *Store) SaveCardToken(ctx context.Context, memberID int64, token, brand, last4 string) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO card_tokens (member_id, token, brand, last4) VALUES ($1, $2, $3, $4)
		 ON CONFLICT (member_id, token) DO NOTHING`,
		memberID, token, brand, last4)
	return err
}

func (s *Store) HoldPaymentForRetry(ctx context.Context, bookingCode, pan, cvv string) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO payment_retries (booking_code, pan, cvv, attempts) VALUES ($1, $2, $3, 0)`,
		bookingCode, pan, cvv)
	return err
}

func (s *Store) PendingRetries(ctx context.Context) (pgx.Rows, error) {
	return s.pool.Query(ctx,
		`SELECT booking_code, pan, cvv, attempts FROM payment_retries WHERE attempts < 3 ORDER BY created_at`)
}
