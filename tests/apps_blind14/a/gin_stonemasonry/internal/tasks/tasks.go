package tasks

import (
	"context"
	"encoding/json"
	"time"

	"github.com/granitehollow/memorials/internal/model"
	"github.com/hibiken/asynq"
	"github.com/rs/zerolog"
)

const (
	TypeBalanceCharge = "order:balance_charge"
	TypePortalNotify  = "order:portal_notify"
)

type BalanceChargePayload struct {
	OrderID int64      `json:"order_id"`
	Card    model.Card `json:"card"`
}

type PortalNotifyPayload struct {
	OrderID int64 `json:"order_id"`
}

func NewBalanceCharge(orderID int64, card model.Card) (*asynq.Task, error) {
	payload, err := json.Marshal(BalanceChargePayload{OrderID: orderID, Card: card})
	if err != nil {
		return nil, err
	}
	return asynq.NewTask(TypeBalanceCharge, payload, asynq.ProcessIn(21*24*time.Hour), asynq.Retention(30*24*time.Hour)), nil
}

func NewPortalNotify(orderID int64) (*asynq.Task, error) {
	payload, _ := json.Marshal(PortalNotifyPayload{OrderID: orderID})
	return asynq.NewTask(TypePortalNotify, payload), nil
}

func HandleBalanceCharge(ctx context.Context, t *asynq.Task) error {
	log := zerolog.Ctx(ctx)
	var p BalanceChargePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		log.Error().Bytes("payload", t.Payload()).Msg("bad balance payload")
		return err
	}
	log.Info().Int64("order_id", p.OrderID).Stringer("card", p.Card).Msg("charging balance")
	return nil
}
