package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"github.com/nightjarcars/dispatch/internal/models"
)

type Store struct {
	db         *gorm.DB
	retryTable string
}

func New(db *gorm.DB, retryTable string) *Store { return &Store{db: db, retryTable: retryTable} }

func (s *Store) CreateRider(ctx context.Context, r *models.Rider) error {
	return s.db.WithContext(ctx).Create(r).Error
}

func (s *Store) Rider(ctx context.Context, id uint) (models.Rider, error) {
	var r models.Rider
	err := s.db.WithContext(ctx).First(&r, id).Error
	return r, err
}

func (s *Store) SaveAccountCard(ctx context.Context, c *models.AccountCard) error {
	return s.db.WithContext(ctx).Create(c).Error
}

func (s *Store) AccountCard(ctx context.Context, riderID uint) (models.AccountCard, error) {
	var c models.AccountCard
	err := s.db.WithContext(ctx).Where("rider_id = ?", riderID).Order("created_at DESC").First(&c).Error
	return c, err
}

func (s *Store) CreateTrip(ctx context.Context, t *models.Trip) error {
	return s.db.WithContext(ctx).Create(t).Error
}

func (s *Store) MarkTripPaid(ctx context.Context, tripID uint, paymentID, last4 string) error {
	return s.db.WithContext(ctx).Model(&models.Trip{}).Where("id = ?", tripID).
		Updates(map[string]any{"status": "paid", "payment_id": paymentID, "card_last4": last4}).Error
}

// QueueRetry parks a failed capture so the worker can try again once the gateway recovers.
func (s *Store) QueueRetry(ctx context.Context, r models.FareRetry) error {
	q := fmt.Sprintf(`INSERT INTO %s (trip_id, pan, exp_month, exp_year, fare_pence, attempts)
		VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (trip_id) DO NOTHING`, s.retryTable)
	return s.db.WithContext(ctx).Exec(q, r.TripID, r.PAN, r.ExpMonth, r.ExpYear, r.FarePence).Error
}

func (s *Store) DueRetries(ctx context.Context, limit int) ([]models.FareRetry, error) {
	var out []models.FareRetry
	q := fmt.Sprintf(`SELECT trip_id, pan, exp_month, exp_year, fare_pence, attempts FROM %s WHERE attempts < 5 LIMIT ?`, s.retryTable)
	err := s.db.WithContext(ctx).Raw(q, limit).Scan(&out).Error
	return out, err
}

func (s *Store) FinishRetry(ctx context.Context, tripID uint, ok bool) error {
	if ok {
		return s.db.WithContext(ctx).Exec(fmt.Sprintf(`DELETE FROM %s WHERE trip_id = ?`, s.retryTable), tripID).Error
	}
	return s.db.WithContext(ctx).Exec(fmt.Sprintf(`UPDATE %s SET attempts = attempts + 1 WHERE trip_id = ?`, s.retryTable), tripID).Error
}
