package tasks

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/hibiken/asynq"
	"github.com/sirupsen/logrus"
	"gorm.io/gorm"

	"github.com/emberhut/sauna-api/internal/models"
	"github.com/emberhut/sauna-api/internal/vendors"
)

const (
	TypeDepositAuth   = "deposit:authorise"
	TypeLoyaltySignup = "loyalty:signup"
	TypeTrailerReturn = "trailer:returned"
)

type DepositAuthPayload struct {
	BookingID uint         `json:"booking_id"`
	Pence     int          `json:"pence"`
	Card      vendors.Card `json:"card"`
}

type LoyaltySignupPayload struct {
	MemberID uint `json:"member_id"`
}

func NewDepositAuthTask(bookingID uint, pence int, card vendors.Card) (*asynq.Task, error) {
	raw, err := json.Marshal(DepositAuthPayload{BookingID: bookingID, Pence: pence, Card: card})
	if err != nil {
		return nil, err
	}
	return asynq.NewTask(TypeDepositAuth, raw, asynq.MaxRetry(6), asynq.Retention(7*24*time.Hour)), nil
}

func NewLoyaltySignupTask(memberID uint) (*asynq.Task, error) {
	raw, _ := json.Marshal(LoyaltySignupPayload{MemberID: memberID})
	return asynq.NewTask(TypeLoyaltySignup, raw, asynq.MaxRetry(10)), nil
}

type Handlers struct {
	DB      *gorm.DB
	Gateway *vendors.Gateway
	Loyalty *vendors.LoyaltyLion
	Logs    *vendors.BetterStack
	Log     *logrus.Logger
}

func (h *Handlers) HandleDepositAuth(ctx context.Context, t *asynq.Task) error {
	var p DepositAuthPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("decode: %w: %v", err, asynq.SkipRetry)
	}
	log := h.Log.WithFields(logrus.Fields{"task": t.Type(), "booking_id": p.BookingID})
	res, err := h.Gateway.AuthoriseDeposit(ctx, p.BookingID, p.Pence, p.Card)
	if err != nil {
		log.WithError(err).Warn("deposit authorisation failed")
		h.Logs.Ship(ctx, "deposit authorisation failed", map[string]any{"booking_id": p.BookingID, "error": err.Error()})
		return err
	}
	log.WithField("last4", res.Last4).Info("deposit authorised")
	return h.DB.Model(&models.Booking{}).Where("id = ?", p.BookingID).Updates(map[string]any{"deposit_ref": res.ID, "status": "confirmed"}).Error
}

func (h *Handlers) HandleLoyaltySignup(ctx context.Context, t *asynq.Task) error {
	var p LoyaltySignupPayload
	_ = json.Unmarshal(t.Payload(), &p)
	var m models.Member
	if err := h.DB.First(&m, p.MemberID).Error; err != nil {
		return err
	}
	if err := h.Loyalty.Signup(ctx, m); err != nil {
		h.Log.Errorf("loyalty signup failed for %v: %v", m, err)
		return err
	}
	h.Logs.Ship(ctx, "loyalty signup", map[string]any{"member_id": m.ID, "tier": m.Tier})
	return nil
}
