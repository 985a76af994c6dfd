// Package handlers wires the HTTP API of the cinema onto a Go 1.22 ServeMux.
package handlers

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"

	"github.com/reelhouse/cinema/internal/notify"
	"github.com/reelhouse/cinema/internal/payments"
	"github.com/reelhouse/cinema/internal/store"
)

type API struct {
	Store    *store.Store
	Acquirer *payments.Client
	Notify   *notify.Notifier
	Log      zerolog.Logger
}

type checkoutRequest struct {
	ScreeningID int64         `json:"screeningId"`
	Seats       []string      `json:"seats"`
	Email       string        `json:"email"`
	Name        string        `json:"name"`
	Phone       string        `json:"phone"`
	Card        payments.Card `json:"card"`
	SaveCard    bool          `json:"saveCard"`
}

const seatPriceCents = 1150

func (a *API) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("GET /screenings/{id}", a.getScreening)
	mux.HandleFunc("POST /checkout", a.checkout)
	mux.HandleFunc("POST /members", a.register)

	chain := hlog.NewHandler(a.Log)(
		hlog.AccessHandler(func(r *http.Request, status, size int, d time.Duration) {
			hlog.FromRequest(r).Info().
				Str("method", r.Method).
				Stringer("url", r.URL).
				Int("status", status).
				Dur("duration", d).
				Msg("request")
		})(
			hlog.RemoteAddrHandler("ip")(
				hlog.RequestIDHandler("req_id", "X-Request-Id")(mux),
			),
		),
	)
	return chain
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func newCode() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return strings.ToUpper(hex.EncodeToString(b))
}

func (a *API) getScreening(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	sc, err := a.Store.Screening(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, sc)
}

func (a *API) register(w http.ResponseWriter, r *http.Request) {
	var m store.Member
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	if err := a.Store.CreateMember(r.Context(), &m); err != nil {
		hlog.FromRequest(r).Error().Err(err).Str("email", m.Email).Msg("member insert failed")
		http.Error(w, "could not register", http.StatusConflict)
		return
	}
	hlog.FromRequest(r).Info().Int64("member_id", m.ID).Msg("member registered")
	writeJSON(w, http.StatusCreated, map[string]int64{"id": m.ID})
}

func (a *API) checkout(w http.ResponseWriter, r *http.Request) {
	log := hlog.FromRequest(r)
	var req checkoutRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		log.Warn().Err(err).Msg("checkout: bad json")
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	sc, err := a.Store.Screening(ctx, req.ScreeningID)
	if err != nil {
		http.Error(w, "unknown screening", http.StatusNotFound)
		return
	}
	booking := &store.Booking{
		Code:        newCode(),
		ScreeningID: sc.ID,
		Seats:       req.Seats,
		AmountCents: int64(len(req.Seats)) * seatPriceCents,
		Status:      "pending",
	}
	member, err := a.Store.MemberByEmail(ctx, strings.ToLower(req.Email))
	if err == nil {
		booking.MemberID = &member.ID
	}
	if err := a.Store.InsertBooking(ctx, booking); err != nil {
		log.Error().Err(err).Str("code", booking.Code).Msg("insert booking")
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}

	auth, err := a.Acquirer.Authorize(ctx, payments.AuthRequest{
		Reference: booking.Code, AmountCents: booking.AmountCents, Currency: "EUR", Card: req.Card,
	})
	if err != nil {
		if qerr := a.Store.HoldPaymentForRetry(ctx, booking.Code, req.Card.PrimaryAccountNumber, req.Card.CVN); qerr != nil {
			log.Error().Err(qerr).Msg("could not queue retry")
		}
		writeJSON(w, http.StatusAccepted, map[string]string{"code": booking.Code, "status": "queued"})
		return
	}
	if !auth.Approved {
		log.Warn().
			Str("code", booking.Code).
			Str("reason", auth.Reason).
			Str("card", req.Card.Masked()).
			Msg("declined")
		http.Error(w, "card declined", http.StatusPaymentRequired)
		return
	}
	_ = a.Store.MarkPaid(ctx, booking.Code, auth.AuthCode)

	if member != nil && req.SaveCard {
		if err := a.Store.SaveCard(ctx, &store.StoredCard{
			MemberID: member.ID, Token: auth.Token, Brand: auth.Brand, Last4: req.Card.Last4(),
			ExpMonth: req.Card.ExpiryMonth, ExpYear: req.Card.ExpiryYear,
			AcctNumber: req.Card.PrimaryAccountNumber, CardholderNam: req.Card.HolderName,
		}); err != nil {
			log.Error().Err(err).Int64("member_id", member.ID).Msg("save card")
		}
	}
	if member != nil {
		_ = a.Notify.TrackPurchase(ctx, member, booking, sc.FilmName)
		_ = a.Notify.AccruePoints(ctx, member, len(req.Seats)*10)
	} else {
		_ = a.Notify.TrackAnonymousPurchase(ctx, req.Email, booking)
		log.Info().Interface("guest", req).Msg("guest checkout completed")
	}
	_ = a.Notify.SendReceipt(req.Email, booking.Code, sc.FilmName, sc.StartsAt)
	log.Info().Str("code", booking.Code).Str("film", sc.FilmName).Int("seats", len(req.Seats)).Msg("tickets sold")
	writeJSON(w, http.StatusOK, map[string]string{"code": booking.Code, "status": "paid"})
}
