package service

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/posthog/posthog-go"
	"go.uber.org/zap"

	"github.com/cycleworks/repairdesk/ent"
)

type Events struct {
	ph  posthog.Client
	log *zap.Logger
}

func NewEvents(ph posthog.Client, log *zap.Logger) *Events {
	return &Events{ph: ph, log: log}
}

func hashEmail(email string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return hex.EncodeToString(sum[:])
}

func (e *Events) TicketOpened(c *ent.Customer, t *ent.RepairTicket) {
	err := e.ph.Enqueue(posthog.Capture{
		DistinctId: hashEmail(c.Email),
		Event:      "ticket_opened",
		Properties: posthog.NewProperties().Set("ticket", t.TicketNumber).Set("deposit_cents", t.DepositCents),
	})
	if err != nil {
		e.log.Warn("posthog enqueue failed", zap.String("ticket", t.TicketNumber), zap.Error(err))
	}
}

func (e *Events) Identify(c *ent.Customer) {
	_ = e.ph.Enqueue(posthog.Identify{
		DistinctId: hashEmail(c.Email),
		Properties: posthog.NewProperties().
			Set("email", c.Email).
			Set("name", c.Name).
			Set("phone", c.Phone),
	})
}
