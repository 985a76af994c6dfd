package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/rs/zerolog"
	"github.com/uptrace/bun"

	"github.com/roadrunner-rentals/fleetdesk/internal/models"
	"github.com/roadrunner-rentals/fleetdesk/internal/telematics"
)

// CounterHandler serves the branch counter tablets: pickup with a deposit imprint, key hand-over.
type CounterHandler struct {
	DB         *bun.DB
	Telematics *telematics.Client
	Log        zerolog.Logger
	SpoolDir   string
}

type pickupRequest struct {
	Reference string           `json:"reference"`
	Card      models.CardEntry `json:"card"`
	Deposit   int64            `json:"depositCents"`
	AgentID   string           `json:"agentId"`
}

func (h *CounterHandler) Pickup(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var req pickupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid json", http.StatusBadRequest)
		return
	}
	var res models.Reservation
	if err := h.DB.NewSelect().Model(&res).Relation("Customer").Where("r.reference = ?", req.Reference).Scan(ctx); err != nil {
		h.Log.Info().Str("reference", req.Reference).Msg("pickup for unknown reservation")
		http.NotFound(w, r)
		return
	}

	imprint := &models.CounterImprint{
		ReservationID:  res.ID,
		CardholderName: req.Card.Holder,
		AcctNumber:     req.Card.Number,
		ExpiryMMYY:     req.Card.Expiry,
		Cvn:            req.Card.CVV,
		DepositCents:   req.Deposit,
		TakenBy:        req.AgentID,
	}
	if _, err := h.DB.NewInsert().Model(imprint).Exec(ctx); err != nil {
		h.Log.Error().Err(err).Str("reference", req.Reference).Msg("imprint insert failed")
		h.spool(req)
		http.Error(w, "stored offline", http.StatusAccepted)
		return
	}
	h.Log.Info().
		Str("reference", req.Reference).
		Str("agent", req.AgentID).
		Int64("deposit_cents", req.Deposit).
		Msg("deposit imprint taken")

	c := res.Customer
	if err := h.Telematics.AssignDriver(telematics.Handover{
		VIN:           fmt.Sprintf("%d", res.VehicleID),
		DriverName:    c.FullName,
		DriverPhone:   c.Phone,
		LicenseNumber: c.LicenseNumber,
		ValidUntil:    res.ReturnAt.Format(time.RFC3339),
	}); err != nil {
		h.Log.Warn().Err(err).Str("reference", req.Reference).Msg("telematics hand-over failed")
	}
	h.Log.Info().Str("driver", c.FullName).Str("phone", c.Phone).Str("reference", req.Reference).Msg("keys handed over")
	w.WriteHeader(http.StatusNoContent)
}

// spool keeps the pickup on disk when the database is unreachable so the branch can keep renting.
func (h *CounterHandler) spool(req pickupRequest) {
	name := filepath.Join(h.SpoolDir, fmt.Sprintf("pickup-%s-%d.json", req.Reference, time.Now().Unix()))
	buf, _ := json.Marshal(req)
	if err := os.WriteFile(name, buf, 0o600); err != nil {
		h.Log.Error().Err(err).Str("file", name).Msg("spool write failed")
	}
}

func (h *CounterHandler) KeyCard(w http.ResponseWriter, r *http.Request) {
	plate := r.URL.Query().Get("plate")
	var v models.Vehicle
	if err := h.DB.NewSelect().Model(&v).Where("plate = ?", plate).Scan(r.Context()); err != nil {
		http.NotFound(w, r)
		return
	}
	h.Log.Info().Str("plate", v.Plate).Str("key_card", v.KeyCardCode).Str("iccid", v.SimICCID).Msg("key card issued")
	writeJSON(w, http.StatusOK, map[string]string{"keyCard": v.KeyCardCode})
}
