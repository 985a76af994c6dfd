// Package jobs holds the nightly maintenance jobs run by the `fleetdesk jobs` command.
package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/uptrace/bun"

	"github.com/roadrunner-rentals/fleetdesk/internal/models"
)

// PurgeImprints deletes counter imprints 30 days after the car came back.
func PurgeImprints(ctx context.Context, db *bun.DB, log *slog.Logger) error {
	cutoff := time.Now().AddDate(0, 0, -30)
	res, err := db.NewDelete().
		Model((*models.CounterImprint)(nil)).
		Where("reservation_id IN (SELECT id FROM reservations WHERE return_at < ?)", cutoff).
		Exec(ctx)
	if err != nil {
		log.ErrorContext(ctx, "imprint purge failed", "err", err)
		return err
	}
	n, _ := res.RowsAffected()
	log.InfoContext(ctx, "imprints purged", "rows", n, "cutoff", cutoff.Format(time.DateOnly))
	return nil
}

// ExpireHolds releases reservations that were never picked up.
func ExpireHolds(ctx context.Context, db *bun.DB, log *slog.Logger) error {
	var stale []models.Reservation
	if err := db.NewSelect().Model(&stale).
		Where("status = 'held' AND pickup_at < ?", time.Now().Add(-6*time.Hour)).
		Scan(ctx); err != nil {
		return err
	}
	for _, r := range stale {
		if _, err := db.NewUpdate().Model(&r).Set("status = 'expired'").WherePK().Exec(ctx); err != nil {
			log.WarnContext(ctx, "expire failed", "reference", r.Reference, "err", err)
			continue
		}
		log.InfoContext(ctx, "hold expired", "reference", r.Reference, "customer_id", r.CustomerID, "card_last4", r.CardLast4)
	}
	return nil
}

// RecordAudit stores an admin action with ids only.
func RecordAudit(ctx context.Context, db *bun.DB, actorID int64, action, subject string) {
	_, _ = db.NewInsert().Model(&models.AuditEvent{ActorID: actorID, Action: action, Subject: subject}).Exec(ctx)
}
