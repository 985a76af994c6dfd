package events

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/strikeline/bowl/internal/store"
)

// Stream BOWL keeps subjects bowl.> for 14 days (file storage) so the reconciler can replay.
type Publisher struct {
	js jetstream.JetStream
}

func NewPublisher(js jetstream.JetStream) *Publisher { return &Publisher{js: js} }

type LaneBooked struct {
	BookingID int64 `json:"booking_id"`
	BowlerID  int64 `json:"bowler_id"`
	Lane      int   `json:"lane"`
}

func (p *Publisher) LaneBooked(ctx context.Context, lb *store.LaneBooking) error {
	data, _ := json.Marshal(LaneBooked{BookingID: lb.ID, BowlerID: lb.BowlerID, Lane: lb.Lane})
	_, err := p.js.Publish(ctx, "bowl.lanes.booked", data)
	return err
}

// FeeRetry asks the reconciler to try the weekly league fee again later.
func (p *Publisher) FeeRetry(ctx context.Context, card *store.LeagueCard, amountPence int) error {
	data, err := json.Marshal(map[string]any{"team_id": card.TeamID, "amount": amountPence, "card": card})
	if err != nil {
		return err
	}
	_, err = p.js.Publish(ctx, fmt.Sprintf("bowl.fees.retry.%d", card.TeamID), data)
	return err
}

func (p *Publisher) FeeCharged(ctx context.Context, teamID int64, chargeID string, last4 string) error {
	data, _ := json.Marshal(map[string]any{"team_id": teamID, "charge_id": chargeID, "last4": last4})
	_, err := p.js.Publish(ctx, "bowl.fees.charged", data)
	return err
}
