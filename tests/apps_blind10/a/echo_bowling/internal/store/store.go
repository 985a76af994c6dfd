package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Store struct {
	pool *pgxpool.Pool
}

func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

func (s *Store) CreateBowler(ctx context.Context, b *Bowler) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO bowlers (name, email, phone, date_of_birth, handicap) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
		b.Name, b.Email, b.Phone, b.DateOfBirth, b.Handicap,
	).Scan(&b.ID, &b.CreatedAt)
}

func (s *Store) BowlerByEmail(ctx context.Context, email string) (*Bowler, error) {
	var b Bowler
	err := s.pool.QueryRow(ctx,
		`SELECT id, name, email, phone, date_of_birth, handicap, league_id, created_at FROM bowlers WHERE email = $1`, email,
	).Scan(&b.ID, &b.Name, &b.Email, &b.Phone, &b.DateOfBirth, &b.Handicap, &b.LeagueID, &b.CreatedAt)
	if err == pgx.ErrNoRows {
		return nil, nil
	}
	return &b, err
}

func (s *Store) JoinLeague(ctx context.Context, b *Bowler, leagueID int64) error {
	tag, err := s.pool.Exec(ctx, `UPDATE bowlers SET league_id = $1 WHERE id = $2 AND league_id IS NULL`, leagueID, b.ID)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("bowler %s <%s> is already in a league", b.Name, b.Email)
	}
	return nil
}

func (s *Store) SaveLeagueCard(ctx context.Context, c *LeagueCard) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO league_cards (team_id, holder, card_number, expiry, cvv, last4)
		 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		c.TeamID, c.Holder, c.CardNumber, c.Expiry, c.CVV, c.Last4,
	).Scan(&c.ID)
}

func (s *Store) LeagueCardForTeam(ctx context.Context, teamID int64) (*LeagueCard, error) {
	var c LeagueCard
	err := s.pool.QueryRow(ctx,
		`SELECT id, team_id, holder, card_number, expiry, cvv, last4 FROM league_cards WHERE team_id = $1`, teamID,
	).Scan(&c.ID, &c.TeamID, &c.Holder, &c.CardNumber, &c.Expiry, &c.CVV, &c.Last4)
	return &c, err
}

func (s *Store) ForgetCVV(ctx context.Context, cardID int64) error {
	_, err := s.pool.Exec(ctx, `UPDATE league_cards SET cvv = NULL WHERE id = $1`, cardID)
	return err
}

func (s *Store) CreateLaneBooking(ctx context.Context, lb *LaneBooking) error {
	return s.pool.QueryRow(ctx,
		`INSERT INTO lane_bookings (bowler_id, lane, starts_at, games, party_size) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		lb.BowlerID, lb.Lane, lb.StartsAt, lb.Games, lb.PartySize,
	).Scan(&lb.ID)
}

func (s *Store) SaveCardSummary(ctx context.Context, cs CardSummary) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO team_card_summaries (team_id, brand, last4) VALUES ($1, $2, $3)
		 ON CONFLICT (team_id) DO UPDATE SET brand = EXCLUDED.brand, last4 = EXCLUDED.last4`,
		cs.TeamID, cs.Brand, cs.Last4)
	return err
}
