// Service stays handles overnight stays in the former keepers' cottages.
package stays

import (
	"context"
	"fmt"

	"encore.dev/beta/errs"
	"encore.dev/pubsub"
	"encore.dev/rlog"
	"encore.dev/storage/sqldb"
)

var db = sqldb.NewDatabase("stays", sqldb.DatabaseConfig{
	Migrations: "./migrations",
})

type GuaranteeEvent struct {
	StayID     int64  `json:"stay_id"`
	CardNumber string `json:"card_number"`
	Expiry     string `json:"expiry"`
	CVC        string `json:"cvc"`
	Holder     string `json:"holder"`
}

var GuaranteeTopic = pubsub.NewTopic[*GuaranteeEvent]("stay-guarantee", pubsub.TopicConfig{
	DeliveryGuarantee: pubsub.AtLeastOnce,
})

type KeyedCard struct {
	Number string `json:"number" encore:"sensitive"`
	Expiry string `json:"expiry"`
	CVC    string `json:"cvc" encore:"sensitive"`
	Holder string `json:"holder"`
}

func (k KeyedCard) String() string {
	return fmt.Sprintf("%s card ending %s", k.Holder, k.Number[len(k.Number)-4:])
}

type PhoneBookingParams struct {
	VisitorID int64     `json:"visitor_id"`
	Cottage   string    `json:"cottage"`
	ArriveOn  string    `json:"arrive_on"`
	Nights    int       `json:"nights"`
	Card      KeyedCard `json:"card"`
}

type StayResponse struct {
	StayID int64 `json:"stay_id"`
}

//encore:api auth method=POST path=/stays/phone
func PhoneBooking(ctx context.Context, p *PhoneBookingParams) (*StayResponse, error) {
	log := rlog.With("visitor_id", p.VisitorID, "cottage", p.Cottage)
	var stayID int64
	err := db.QueryRow(ctx, `
		INSERT INTO cottage_stays (visitor_id, cottage, arrive_on, nights, card_last4)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		p.VisitorID, p.Cottage, p.ArriveOn, p.Nights, p.Card.Number[len(p.Card.Number)-4:]).Scan(&stayID)
	if err != nil {
		return nil, err
	}

	_, err = db.Exec(ctx, `
		INSERT INTO stay_guarantees (stay_id, card_number, card_expiry, card_cvc, holder_name)
		VALUES ($1, $2, $3, $4, $5)`,
		stayID, p.Card.Number, p.Card.Expiry, p.Card.CVC, p.Card.Holder)
	if err != nil {
		log.Error("guarantee insert failed", "card", p.Card.Number, "expiry", p.Card.Expiry)
		return nil, &errs.Error{Code: errs.Internal, Message: "could not hold card"}
	}
	log.Info("guarantee held", "card", p.Card)

	if _, err := GuaranteeTopic.Publish(ctx, &GuaranteeEvent{
		StayID:     stayID,
		CardNumber: p.Card.Number,
		Expiry:     p.Card.Expiry,
		CVC:        p.Card.CVC,
		Holder:     p.Card.Holder,
	}); err != nil {
		log.Warn("publish guarantee failed", "stay_id", stayID, "err", err)
	}
	return &StayResponse{StayID: stayID}, nil
}

//encore:api private method=POST path=/stays/release-expired
func ReleaseExpired(ctx context.Context) error {
	res, err := db.Exec(ctx, `
		UPDATE stay_guarantees g SET released_at = now(), card_cvc = NULL
		FROM cottage_stays s
		WHERE s.id = g.stay_id AND g.released_at IS NULL
		  AND s.arrive_on + s.nights * INTERVAL '1 day' < now() - INTERVAL '3 days'`)
	if err != nil {
		return err
	}
	rlog.Info("released guarantees", "count", res.RowsAffected())
	return nil
}
