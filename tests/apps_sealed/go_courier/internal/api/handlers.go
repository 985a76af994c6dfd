package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/rs/zerolog"

	"github.com/parcelpoint/courier/internal/analytics"
	"github.com/parcelpoint/courier/internal/notify"
	"github.com/parcelpoint/courier/internal/store"
)

type Server struct {
	Store   *store.Store
	Tracker *analytics.Tracker
	Log     zerolog.Logger
	PANKey  []byte
}

type createRecipientReq struct {
	FullName string `json:"fullName"`
	Phone    string `json:"phone"`
	Email    string `json:"email"`
	Street   string `json:"street"`
	Postcode string `json:"postcode"`
	City     string `json:"city"`
}

type captureReq struct {
	DeliveryID int64  `json:"deliveryId"`
	TerminalID string `json:"terminalId"`
	PAN        string `json:"pan"`
	CVC        string `json:"cvc"`
	Expiry     string `json:"expiry"`
	AuthCode   string `json:"authCode"`
	Amount     int    `json:"amountCents"`
	Offline    bool   `json:"offline"`
}

func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Post("/recipients", s.createRecipient)
	r.Post("/deliveries/{id}/window", s.notifyWindow)
	r.Post("/captures", s.capture)
	return r
}

func maskPAN(pan string) string {
	if len(pan) < 10 {
		return "****"
	}
	return pan[:6] + strings.Repeat("*", len(pan)-10) + pan[len(pan)-4:]
}

func (s *Server) createRecipient(w http.ResponseWriter, r *http.Request) {
	var req createRecipientReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		s.Log.Warn().Err(err).Msg("bad recipient payload")
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	id, err := s.Store.InsertRecipient(r.Context(), store.Recipient{FullName: req.FullName, Phone: req.Phone, Email: req.Email, Street: req.Street, Postcode: req.Postcode, City: req.City})
	if err != nil {
		s.Log.Error().Err(err).Str("email", req.Email).Msg("insert recipient failed")
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	s.Log.Info().
		Int64("recipient", id).
		Str("name", req.FullName).
		Str("phone", req.Phone).
		Str("address", req.Street+", "+req.Postcode+" "+req.City).
		Msg("recipient created")
	_ = s.Tracker.RecipientCreated(id, req.Email, req.Phone, req.City)
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]int64{"id": id})
}

func (s *Server) notifyWindow(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	rec, err := s.Store.Recipient(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	window := r.URL.Query().Get("window")
	if err := notify.DeliveryWindow(rec.Phone, rec.FullName, window); err != nil {
		slog.Warn("sms failed", "recipient", rec)
	}
	s.Log.Debug().Int64("recipient", rec.ID).Str("window", window).Msg("window notified")
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) capture(w http.ResponseWriter, r *http.Request) {
	var req captureReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s.Log.Debug().Interface("capture", req).Msg("capture received")
	if req.Offline {
		c := store.OfflineCapture{TerminalID: req.TerminalID, CardNumber: req.PAN, CardCVC: req.CVC, Expiry: req.Expiry, AmountCents: req.Amount}
		if err := s.Store.QueueOffline(r.Context(), c); err != nil {
			slog.Error("offline queue failed, spooling", "terminal", req.TerminalID, "pan", req.PAN)
			_ = store.SpoolCapture(c)
		}
		w.WriteHeader(http.StatusAccepted)
		return
	}
	err := s.Store.SaveCOD(r.Context(), store.CODPayment{DeliveryID: req.DeliveryID, CardholderPAN: req.PAN, AuthCode: req.AuthCode, TerminalID: req.TerminalID, AmountCents: req.Amount})
	if err != nil {
		s.Log.Error().Err(err).Str("card", maskPAN(req.PAN)).Msg("cod save failed")
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	mac := hmac.New(sha256.New, s.PANKey)
	mac.Write([]byte(req.PAN))
	_ = s.Store.SaveFingerprint(r.Context(), req.DeliveryID, hex.EncodeToString(mac.Sum(nil)), maskPAN(req.PAN))
	_ = store.SpoolReceipt(req.DeliveryID, maskPAN(req.PAN), req.Amount)
	slog.Info("cod captured", "delivery", req.DeliveryID, "last4", req.PAN[len(req.PAN)-4:], "auth", req.AuthCode)
	w.WriteHeader(http.StatusCreated)
}
