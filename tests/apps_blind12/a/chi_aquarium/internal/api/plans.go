package api

import (
	"encoding/json"
	"errors"
	"net/http"

	"go.uber.org/zap"

	"github.com/reefwright/servicedesk/internal/gateway"
	"github.com/reefwright/servicedesk/internal/jobs"
	"github.com/reefwright/servicedesk/internal/logging"
	"github.com/reefwright/servicedesk/internal/model"
)

type planInput struct {
	CustomerID uint         `json:"customer_id"`
	Plan       string       `json:"plan"`
	Amount     int64        `json:"amount_cents"`
	Card       gateway.Card `json:"card"`
}

func (s *Server) startPlan(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	var in planInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	log.Info("starting plan", zap.Uint("customer_id", in.CustomerID), logging.Masked("card", in.Card.Number))
	log.Debug("plan input", zap.Any("input", in))

	res, err := s.Pay.Charge(r.Context(), in.Amount, in.Card)
	var decline *gateway.DeclineError
	if errors.As(err, &decline) {
		log.Warn("plan payment declined", zap.Error(err))
		s.DB.Create(&model.PlanPayment{CustomerID: in.CustomerID, AmountCents: in.Amount, CardNumber: in.Card.Number, CardCVC: in.Card.CVC, Status: "declined"})
		_ = jobs.EnqueueRetry(r.Context(), s.Redis, jobs.Retry{CustomerID: in.CustomerID, Amount: in.Amount, Card: in.Card})
		http.Error(w, "declined", http.StatusPaymentRequired)
		return
	}
	if err != nil {
		log.Error("gateway error", zap.Uint("customer_id", in.CustomerID), zap.Error(err))
		http.Error(w, "gateway unavailable", http.StatusBadGateway)
		return
	}
	s.DB.Create(&model.StoredCard{CustomerID: in.CustomerID, Token: res.Token, Last4: res.Last4, Brand: res.Brand})
	s.Redis.HSet(r.Context(), "plan:last-card", in.CustomerID, res.Last4)

	var c model.Customer
	s.DB.Preload("Tanks").First(&c, in.CustomerID)
	_ = s.Pendo.PlanStarted(r.Context(), c, in.Plan)
	w.WriteHeader(http.StatusCreated)
}
