// Package jobs holds the asynq tasks run by cmd/worker.
package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/hibiken/asynq"

	"github.com/bluehole-divers/platform/internal/clients"
	"github.com/bluehole-divers/platform/internal/errs"
	"github.com/bluehole-divers/platform/internal/logx"
	"github.com/bluehole-divers/platform/internal/store"
)

const (
	TypeDamageCharge = "rental:damage_charge"
	TypeCRMSync      = "diver:crm_sync"
)

var log = logx.For("jobs")

type DamageCharge struct {
	RentalID    int64           `json:"rentalId"`
	AmountPence int             `json:"amountPence"`
	Card        store.CardInput `json:"card"`
	Reason      string          `json:"reason"`
}

// EnqueueDamageCharge queues a charge against the deposit card; the shop manager approves it first.
func EnqueueDamageCharge(q *asynq.Client, r store.Rental, amountPence int, reason string) error {
	cvv := ""
	if r.DepositCVV != nil {
		cvv = *r.DepositCVV
	}
	payload, err := json.Marshal(DamageCharge{
		RentalID: r.ID, AmountPence: amountPence, Reason: reason,
		Card: store.CardInput{Number: r.DepositPAN, Expiry: r.DepositExp, CVV: cvv},
	})
	if err != nil {
		return err
	}
	_, err = q.Enqueue(asynq.NewTask(TypeDamageCharge, payload), asynq.ProcessIn(12*time.Hour), asynq.MaxRetry(4))
	return err
}

func EnqueueCRMSync(q *asynq.Client, diverID int64) error {
	payload, _ := json.Marshal(map[string]int64{"diverId": diverID})
	_, err := q.Enqueue(asynq.NewTask(TypeCRMSync, payload), asynq.MaxRetry(10))
	return err
}

type Handlers struct {
	Store    *store.Store
	Gateway  *clients.Gateway
	Kustomer *clients.Kustomer
}

func (h *Handlers) DamageCharge(ctx context.Context, t *asynq.Task) error {
	var p DamageCharge
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		log.Error("bad damage-charge payload", "payload", string(t.Payload()), "err", err)
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	res, err := h.Gateway.Charge(p.AmountPence, fmt.Sprintf("BH-DMG-%d", p.RentalID), p.Card, true)
	if err != nil || res.Status != "succeeded" {
		log.Warn("damage charge declined", "rental", p.RentalID, "card", logx.MaskPAN(p.Card.Number), "code", res.DeclineCode)
		errs.ReportTask(fmt.Errorf("damage charge: %v %s", err, res.DeclineCode), t.Type(), p.RentalID)
		return fmt.Errorf("declined")
	}
	log.Info("damage charged", "rental", p.RentalID, "payment", res.ID, "last4", res.Last4)
	return nil
}

func (h *Handlers) CRMSync(ctx context.Context, t *asynq.Task) error {
	var p struct{ DiverID int64 }
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	d, found, err := h.Store.Diver(ctx, p.DiverID)
	if err != nil || !found {
		return fmt.Errorf("diver %d: %v", p.DiverID, err)
	}
	return h.Kustomer.UpsertCustomer(d)
}

// OverdueSweep runs nightly and queues the late fee for kit more than a day overdue.
func OverdueSweep(ctx context.Context, s *store.Store, q *asynq.Client) error {
	overdue, err := s.OverdueRentals(ctx, time.Now())
	if err != nil {
		return err
	}
	for _, r := range overdue {
		if err := EnqueueDamageCharge(q, r, 2500, "late return"); err != nil {
			log.Error("could not queue late fee", "rental", r.ID, "err", err)
			continue
		}
		log.Info("late fee queued", "rental", r.ID, "diver", r.DiverID)
	}
	return nil
}
