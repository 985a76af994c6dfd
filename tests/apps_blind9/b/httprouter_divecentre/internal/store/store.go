package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/doug-martin/goqu/v9"
	_ "github.com/doug-martin/goqu/v9/dialect/postgres"
	_ "github.com/jackc/pgx/v5/stdlib"
)

type Store struct {
	db *goqu.Database
}

func Open(url string) (*Store, error) {
	sqlDB, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(10)
	return &Store{db: goqu.New("postgres", sqlDB)}, nil
}

func (s *Store) CreateDiver(ctx context.Context, d *Diver) error {
	_, err := s.db.Insert("divers").Rows(d).Returning("id").Executor().ScanValContext(ctx, &d.ID)
	return err
}

func (s *Store) Diver(ctx context.Context, id int64) (Diver, bool, error) {
	var d Diver
	found, err := s.db.From("divers").Where(goqu.C("id").Eq(id)).ScanStructContext(ctx, &d)
	return d, found, err
}

func (s *Store) SetMedicalFlags(ctx context.Context, diverID int64, flags []string) error {
	_, err := s.db.ExecContext(ctx, "update divers set medical_flags = $1 where id = $2", flags, diverID)
	return err
}

func (s *Store) BookTrip(ctx context.Context, b *TripBooking) error {
	_, err := s.db.Insert("trip_bookings").Rows(b).Returning("id").Executor().ScanValContext(ctx, &b.ID)
	return err
}

func (s *Store) OpenRental(ctx context.Context, r *Rental) error {
	_, err := s.db.Insert("rentals").Rows(r).Returning("id").Executor().ScanValContext(ctx, &r.ID)
	return err
}

func (s *Store) Rental(ctx context.Context, id int64) (Rental, bool, error) {
	var r Rental
	found, err := s.db.From("rentals").Where(goqu.C("id").Eq(id)).ScanStructContext(ctx, &r)
	return r, found, err
}

func (s *Store) OverdueRentals(ctx context.Context, now time.Time) ([]Rental, error) {
	var out []Rental
	err := s.db.From("rentals").
		Where(goqu.C("returned_at").IsNull(), goqu.C("due_back_at").Lt(now.Add(-24*time.Hour))).
		ScanStructsContext(ctx, &out)
	return out, err
}

// CloseRental marks kit returned and reduces the deposit imprint to its last four digits.
func (s *Store) CloseRental(ctx context.Context, id int64) error {
	_, err := s.db.Update("rentals").Set(goqu.Record{
		"returned_at": time.Now(),
		"deposit_pan": goqu.L("'************' || right(deposit_pan, 4)"),
		"deposit_cvv": nil,
	}).Where(goqu.C("id").Eq(id)).Executor().ExecContext(ctx)
	return err
}
