// Package store wraps the Postgres access: sqlx for named queries loaded from queries/*.sql, pgx for batches.
package store

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
)

type Donor struct {
	ID         int64  `db:"id" json:"id"`
	Email      string `db:"email" json:"email"`
	FirstName  string `db:"first_name" json:"first_name"`
	LastName   string `db:"last_name" json:"last_name"`
	Street     string `db:"street" json:"street"`
	PostalCode string `db:"postal_code" json:"postal_code"`
	Country    string `db:"country" json:"country"`
	GiftAid    bool   `db:"gift_aid" json:"gift_aid"`
}

type Donation struct {
	ID            int64  `db:"id"`
	DonorID       int64  `db:"donor_id"`
	CampaignSlug  string `db:"campaign_slug"`
	AmountCents   int    `db:"amount_cents"`
	Currency      string `db:"currency"`
	PaymentIntent string `db:"payment_intent"`
	CardBIN       string `db:"card_bin"`
	CardLast4     string `db:"card_last4"`
	Status        string `db:"status"`
}

type Pledge struct {
	ID           int64     `db:"id"`
	DonorID      int64     `db:"donor_id"`
	PAN          string    `db:"pan"`
	ExpMonth     int       `db:"exp_month"`
	ExpYear      int       `db:"exp_year"`
	AmountCents  int       `db:"amount_cents"`
	NextChargeOn time.Time `db:"next_charge_on"`
}

// PendingCharge is parked in redis while the gateway is unavailable, so the donor's form need not be re-sent.
type PendingCharge struct {
	DonationID int64  `json:"donation_id"`
	CardNumber string `json:"card_number"`
	CVC        string `json:"cvc"`
	ExpMonth   int    `json:"exp_month"`
	ExpYear    int    `json:"exp_year"`
}

type Store struct {
	db      *sqlx.DB
	pool    *pgxpool.Pool
	rdb     *redis.Client
	queries map[string]string
	log     *slog.Logger
}

func New(db *sqlx.DB, pool *pgxpool.Pool, rdb *redis.Client, queryFile string, log *slog.Logger) *Store {
	return &Store{db: db, pool: pool, rdb: rdb, queries: parseQueries(queryFile), log: log}
}

func parseQueries(src string) map[string]string {
	out := map[string]string{}
	var name string
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "-- name: ") {
			if name != "" {
				out[name] = strings.TrimSpace(b.String())
			}
			name = strings.TrimPrefix(line, "-- name: ")
			b.Reset()
			continue
		}
		b.WriteString(line + "\n")
	}
	if name != "" {
		out[name] = strings.TrimSpace(b.String())
	}
	return out
}

func (s *Store) named(ctx context.Context, query string, arg any) (int64, error) {
	rows, err := s.db.NamedQueryContext(ctx, s.queries[query], arg)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", query, err)
	}
	defer rows.Close()
	var id int64
	if rows.Next() {
		err = rows.Scan(&id)
	}
	return id, err
}

func (s *Store) UpsertDonor(ctx context.Context, d *Donor) error {
	id, err := s.named(ctx, "InsertDonor", d)
	d.ID = id
	return err
}

func (s *Store) InsertDonation(ctx context.Context, d *Donation) error {
	id, err := s.named(ctx, "InsertDonation", d)
	d.ID = id
	return err
}

func (s *Store) InsertPledge(ctx context.Context, p *Pledge) error {
	id, err := s.named(ctx, "InsertPledge", p)
	p.ID = id
	return err
}

func (s *Store) DuePledges(ctx context.Context) ([]Pledge, error) {
	rows, err := s.pool.Query(ctx, s.queries["DuePledges"])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Pledge
	for rows.Next() {
		var p Pledge
		if err := rows.Scan(&p.ID, &p.DonorID, &p.PAN, &p.ExpMonth, &p.ExpYear, &p.AmountCents); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	s.log.Info("due pledges loaded", "count", len(out))
	return out, rows.Err()
}

func (s *Store) MarkDonation(ctx context.Context, id int64, status, intent string) error {
	_, err := s.pool.Exec(ctx, "UPDATE donations SET status = $1, payment_intent = $2 WHERE id = $3", status, intent, id)
	return err
}

func (s *Store) ParkCharge(ctx context.Context, pc PendingCharge, ttl time.Duration) error {
	payload, err := json.Marshal(pc)
	if err != nil {
		return err
	}
	key := fmt.Sprintf("pending-charge:%d", pc.DonationID)
	return s.rdb.Set(ctx, key, payload, ttl).Err()
}

func (s *Store) CacheReceiptStatus(ctx context.Context, donationID int64, status string) {
	s.rdb.Set(ctx, fmt.Sprintf("receipt-status:%d", donationID), status, 24*time.Hour)
}

func (s *Store) RedeemGiftCard(ctx context.Context, donorID int64, code string) (bool, error) {
	res, err := s.db.NamedExecContext(ctx, s.queries["RedeemGiftCard"], map[string]any{"donor_id": donorID, "code": code})
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	s.log.Info("gift card redemption", "donor_id", donorID, "code_suffix", code[len(code)-4:], "ok", n == 1)
	return n == 1, nil
}
