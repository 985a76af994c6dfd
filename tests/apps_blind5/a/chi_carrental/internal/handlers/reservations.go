// Package handlers wires the HTTP API of the rental desk.
package handlers

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/uptrace/bun"

	"github.com/roadrunner-rentals/fleetdesk/internal/crm"
	"github.com/roadrunner-rentals/fleetdesk/internal/models"
	"github.com/roadrunner-rentals/fleetdesk/internal/payments"
)

type ReservationHandler struct {
	DB       *bun.DB
	Payments *payments.Client
	CRM      *crm.Tracker
	Log      *slog.Logger
}

type createReservationRequest struct {
	VehicleID int64              `json:"vehicleId"`
	PickupAt  time.Time          `json:"pickupAt"`
	ReturnAt  time.Time          `json:"returnAt"`
	Customer  models.Customer    `json:"customer"`
	Card      models.CardEntry   `json:"card"`
	Extras    []string           `json:"extras"`
}

func newReference() string {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	return "RR" + strings.ToUpper(hex.EncodeToString(b))
}

func (h *ReservationHandler) Routes(r chi.Router) {
	r.Post("/reservations", h.create)
	r.Get("/reservations/{ref}", h.get)
	r.Delete("/reservations/{ref}", h.cancel)
}

func (h *ReservationHandler) create(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var req createReservationRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		h.Log.WarnContext(ctx, "bad reservation payload", "err", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid json", http.StatusBadRequest)
		return
	}
	h.Log.DebugContext(ctx, "reservation request", "payload", req)

	cust := req.Customer
	if _, err := h.DB.NewInsert().Model(&cust).
		On("CONFLICT (email) DO UPDATE").
		Set("phone = EXCLUDED.phone").
		Returning("id, created_at").
		Exec(ctx); err != nil {
		h.Log.ErrorContext(ctx, "customer upsert failed", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h.Log.InfoContext(ctx, "customer upserted", "customer_id", cust.ID, "email", cust.Email, "dob", cust.DateOfBirth.Format("2006-01-02"))

	res := models.Reservation{
		Reference:  newReference(),
		CustomerID: cust.ID,
		VehicleID:  req.VehicleID,
		PickupAt:   req.PickupAt,
		ReturnAt:   req.ReturnAt,
		TotalCents: int64(req.ReturnAt.Sub(req.PickupAt).Hours()/24+1) * 5900,
	}
	pre, err := h.Payments.Preauthorize(ctx, payments.PreauthRequest{
		AmountCents: res.TotalCents,
		Currency:    "EUR",
		CardNumber:  req.Card.Number,
		Expiry:      req.Card.Expiry,
		CVV:         req.Card.CVV,
		Reference:   res.Reference,
	})
	if err != nil {
		h.Log.WarnContext(ctx, "preauth failed", "reference", res.Reference, "err", err)
		http.Error(w, "payment declined", http.StatusPaymentRequired)
		return
	}
	res.PreauthID = pre.ID
	res.PaymentMethodRef = pre.Token
	res.CardBrand = pre.Brand
	res.CardLast4 = pre.Last4
	res.CardBIN = pre.BIN
	if _, err := h.DB.NewInsert().Model(&res).Exec(ctx); err != nil {
		h.Log.ErrorContext(ctx, "reservation insert failed", "reference", res.Reference, "err", err)
		_ = h.Payments.Void(ctx, pre.ID)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	_ = h.CRM.Identify(ctx, &cust)
	_ = h.CRM.TrackReservation(ctx, cust.ID, &res)
	h.Log.InfoContext(ctx, "reservation created",
		slog.String("reference", res.Reference),
		slog.Int64("customer_id", cust.ID),
		slog.String("card", pre.Brand+" ****"+pre.Last4),
		slog.Int64("total_cents", res.TotalCents),
	)
	writeJSON(w, http.StatusCreated, res)
}

func (h *ReservationHandler) get(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "ref")
	var res models.Reservation
	err := h.DB.NewSelect().Model(&res).Relation("Customer").Where("r.reference = ?", ref).Scan(r.Context())
	if err != nil {
		h.Log.InfoContext(r.Context(), "reservation not found", "reference", ref)
		http.NotFound(w, r)
		return
	}
	h.Log.DebugContext(r.Context(), "reservation loaded", "reference", ref, "customer", res.Customer)
	writeJSON(w, http.StatusOK, res)
}

func (h *ReservationHandler) cancel(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "ref")
	var res models.Reservation
	if err := h.DB.NewSelect().Model(&res).Where("reference = ?", ref).Scan(r.Context()); err != nil {
		http.NotFound(w, r)
		return
	}
	if res.PreauthID != "" {
		_ = h.Payments.Void(r.Context(), res.PreauthID)
	}
	_, _ = h.DB.NewUpdate().Model(&res).Set("status = ?", "cancelled").WherePK().Exec(r.Context())
	h.Log.InfoContext(r.Context(), "reservation cancelled", "reference", ref, "preauth_id", res.PreauthID)
	w.WriteHeader(http.StatusNoContent)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
