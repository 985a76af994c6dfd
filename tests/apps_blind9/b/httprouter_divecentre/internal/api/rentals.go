package api

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/bluehole-divers/platform/internal/errs"
	"github.com/bluehole-divers/platform/internal/jobs"
	"github.com/bluehole-divers/platform/internal/logx"
	"github.com/bluehole-divers/platform/internal/store"
)

// BookTrip handles POST /trips/:id/bookings.
func (d *Deps) BookTrip(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	tripID, _ := idParam(ps, "id")
	var in struct {
		DiverID    int64           `json:"diverId"`
		PriceCents int             `json:"priceCents"`
		Card       store.CardInput `json:"card"`
		Gclid      string          `json:"gclid"`
	}
	if err := decode(r, &in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid body"})
		return
	}
	diver, found, err := d.Store.Diver(r.Context(), in.DiverID)
	if err != nil || !found {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown diver"})
		return
	}
	res, err := d.Gateway.Charge(in.PriceCents, fmt.Sprintf("BH-T%d-D%d", tripID, in.DiverID), in.Card, true)
	if err != nil || res.Status != "succeeded" {
		log.Warn("trip payment declined", "diver", in.DiverID, "card", logx.MaskPAN(in.Card.Number), "code", res.DeclineCode)
		if err != nil {
			errs.Report(err, r, &diver)
		}
		writeJSON(w, http.StatusPaymentRequired, map[string]string{"error": "payment declined"})
		return
	}
	booking := store.TripBooking{TripID: tripID, DiverID: diver.ID, PaymentRef: res.ID, CardToken: res.Token, CardLast4: res.Last4}
	if err := d.Store.BookTrip(r.Context(), &booking); err != nil {
		errs.Report(err, r, &diver)
	}
	if err := d.Manifest.Push(tripID, []store.Diver{diver}); err != nil {
		log.Warn("manifest push failed", "trip", tripID, "err", err)
	}
	_ = d.Ads.TripBooked(diver.Email, in.Gclid, float64(in.PriceCents)/100, booking.ID)
	writeJSON(w, http.StatusCreated, map[string]any{"booking": booking.ID, "card": "•••• " + res.Last4})
}

// OpenRental handles POST /rentals from the shop tablet: kit out, deposit card imprinted.
func (d *Deps) OpenRental(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var in struct {
		DiverID      int64           `json:"diverId"`
		Kit          []string        `json:"kit"`
		Days         int             `json:"days"`
		DepositPence int             `json:"depositPence"`
		Card         store.CardInput `json:"card"`
		TankSerial   string          `json:"tankSerial"`
	}
	if err := decode(r, &in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid body"})
		return
	}
	if _, err := d.Gateway.Charge(in.DepositPence, fmt.Sprintf("BH-DEP-%d", in.DiverID), in.Card, false); err != nil {
		log.Error("deposit pre-auth failed", "diver", in.DiverID, "card", in.Card, "err", err)
		writeJSON(w, http.StatusPaymentRequired, map[string]string{"error": "deposit declined"})
		return
	}
	cvv := in.Card.CVV
	rental := store.Rental{
		DiverID:      in.DiverID,
		Kit:          in.Kit,
		DueBackAt:    time.Now().AddDate(0, 0, in.Days),
		DepositPence: in.DepositPence,
		DepositPAN:   strings.ReplaceAll(in.Card.Number, " ", ""),
		DepositExp:   in.Card.Expiry,
		DepositCVV:   &cvv,
		TankSerial:   in.TankSerial,
	}
	if err := d.Store.OpenRental(r.Context(), &rental); err != nil {
		errs.Report(err, r, nil)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "could not open rental"})
		return
	}
	log.Info("rental opened", "rental", rental.ID, "kit", strings.Join(rental.Kit, ","), "deposit_last4", logx.Last4(rental.DepositPAN))
	writeJSON(w, http.StatusCreated, map[string]any{"rental": rental.ID, "dueBack": rental.DueBackAt})
}

// ReturnRental handles POST /rentals/:id/return.
func (d *Deps) ReturnRental(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, _ := idParam(ps, "id")
	var in struct {
		DamagePence int    `json:"damagePence"`
		Notes       string `json:"notes"`
	}
	_ = decode(r, &in)
	rental, found, err := d.Store.Rental(r.Context(), id)
	if err != nil || !found {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown rental"})
		return
	}
	if in.DamagePence > 0 {
		if err := jobs.EnqueueDamageCharge(d.Queue, rental, in.DamagePence, in.Notes); err != nil {
			errs.Report(err, r, nil)
		}
	}
	if err := d.Store.CloseRental(r.Context(), id); err != nil {
		errs.Report(err, r, nil)
	}
	log.Info("rental returned", "rental", id, "damage", in.DamagePence)
	writeJSON(w, http.StatusOK, map[string]string{"status": "returned"})
}
