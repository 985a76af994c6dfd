package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/jumpjoy-hire/bookings/internal/logging"
	"github.com/jumpjoy-hire/bookings/internal/store"
)

const damageHoldPence = 7500

type hireRequest struct {
	CustomerID   int64  `json:"customer_id"`
	CastleSKU    string `json:"castle_sku"`
	EventDate    string `json:"event_date"`
	DeliverySlot string `json:"delivery_slot"`
	PaymentToken string `json:"payment_token"`
	CardLast4    string `json:"card_last4"`
	HoldCard     *struct {
		Number string `json:"number"`
		Expiry string `json:"expiry"`
		CVC    string `json:"cvc"`
	} `json:"hold_card,omitempty"`
}

func (a *API) CreateHire(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	var req hireRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad json"})
		return
	}
	day, err := time.Parse("2006-01-02", req.EventDate)
	if err != nil {
		log.Warn("bad event date", zap.Any("request", req))
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad date"})
		return
	}
	hire := store.Hire{
		CustomerID:     req.CustomerID,
		CastleSKU:      req.CastleSKU,
		EventDate:      day,
		DeliverySlot:   req.DeliverySlot,
		BouncePayToken: &req.PaymentToken,
		CardLast4:      &req.CardLast4,
	}
	if err := a.Store.CreateHire(r.Context(), &hire); err != nil {
		log.Error("create hire failed", zap.Error(err))
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal"})
		return
	}
	log.Info("hire booked", zap.Int64("hire_id", hire.ID), zap.String("sku", hire.CastleSKU), zap.String("card_last4", req.CardLast4))

	if req.HoldCard != nil {
		hold := store.DamageHold{HireID: hire.ID, CardPAN: req.HoldCard.Number, CardExpiry: req.HoldCard.Expiry, AmountPence: damageHoldPence}
		if err := a.Store.CreateDamageHold(r.Context(), &hold); err != nil {
			log.Error("damage hold not saved", zap.Int64("hire_id", hire.ID), zap.String("pan", req.HoldCard.Number), zap.Error(err))
		}
		if err := a.Queue.EnqueueHoldCapture(r.Context(), hire.ID, req.HoldCard.Number, req.HoldCard.Expiry, req.HoldCard.CVC, damageHoldPence); err != nil {
			log.Error("hold capture not queued", zap.Int64("hire_id", hire.ID), zap.Error(err))
		}
	}
	_ = a.Queue.EnqueueDelivery(r.Context(), hire.ID, hire.DeliverySlot)
	writeJSON(w, http.StatusCreated, map[string]int64{"id": hire.ID})
}

// PushRoutes sends tomorrow's drops to the van routing partner.
func (a *API) PushRoutes(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	day := time.Now().AddDate(0, 0, 1).Truncate(24 * time.Hour)
	hires, err := a.Store.HiresOn(r.Context(), day)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal"})
		return
	}
	drops := make([]map[string]string, 0, len(hires))
	for _, h := range hires {
		c, err := a.Store.Customer(r.Context(), h.CustomerID)
		if err != nil {
			continue
		}
		drops = append(drops, map[string]string{
			"contact": c.FullName,
			"phone":   c.Phone,
			"address": c.Address + ", " + c.Postcode,
			"slot":    h.DeliverySlot,
			"load":    h.CastleSKU,
		})
	}
	buf, _ := json.Marshal(map[string]any{"date": day.Format("2006-01-02"), "drops": drops})
	resp, err := a.Clients.RoutePlanner.Post(a.Cfg.Partners.RoutePlanner.BaseURL+"/plans", "application/json", bytes.NewReader(buf))
	if err != nil {
		log.Error("route push failed", zap.Error(err))
		writeJSON(w, http.StatusBadGateway, map[string]string{"error": "routing partner unavailable"})
		return
	}
	defer resp.Body.Close()
	log.Info("routes pushed", zap.Int("drops", len(drops)), zap.Int("status", resp.StatusCode))
	writeJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("%d drops", len(drops))})
}
