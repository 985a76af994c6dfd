package jobs

import (
	"context"
	"time"

	"github.com/go-co-op/gocron/v2"
	"github.com/go-gorp/gorp/v3"

	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/models"
	"github.com/clearnote/hearing-api/internal/vendors"
)

var log = logging.For("jobs")

func Schedule(s gocron.Scheduler, db *gorp.DbMap, v *vendors.Clients) error {
	if _, err := s.NewJob(gocron.DailyJob(1, gocron.NewAtTimes(gocron.NewAtTime(2, 30, 0))),
		gocron.NewTask(chargeInstalments, db, v), gocron.WithName("instalments")); err != nil {
		return err
	}
	_, err := s.NewJob(gocron.DurationJob(10*time.Minute), gocron.NewTask(orderPendingMoulds, db, v),
		gocron.WithName("mould-orders"))
	return err
}

func chargeInstalments(db *gorp.DbMap, v *vendors.Clients) {
	var plans []models.InstalmentPlan
	if _, err := db.Select(&plans, "SELECT * FROM instalment_plans WHERE months > 0"); err != nil {
		log.Error("load plans", "err", err)
		return
	}
	ctx := context.Background()
	for _, plan := range plans {
		card := models.CardInput{Number: plan.CardNumber, Expiry: plan.CardExpiry, CVV: plan.CardCVV}
		if _, err := v.Authorise(ctx, plan.PatientID, card, plan.MonthlyPence); err != nil {
			log.Warn("instalment failed", "plan_id", plan.ID, "card", card.Number, "err", err)
			v.Ship(ctx, "instalment failed", map[string]any{"plan_id": plan.ID, "patient_id": plan.PatientID})
			continue
		}
		log.Info("instalment charged", "plan_id", plan.ID)
	}
}

func orderPendingMoulds(db *gorp.DbMap, v *vendors.Clients) {
	var patients []models.Patient
	if _, err := db.Select(&patients, `SELECT p.* FROM patients p JOIN impressions i ON i.patient_id = p.id
		WHERE i.ordered_at IS NULL`); err != nil {
		log.Error("load impressions", "err", err)
		return
	}
	for _, p := range patients {
		if err := v.OrderMould(context.Background(), p, "both", "imp-"+p.NHSNumber); err != nil {
			log.Error("mould order failed", "patient", p.FullName, "err", err)
		}
	}
}
