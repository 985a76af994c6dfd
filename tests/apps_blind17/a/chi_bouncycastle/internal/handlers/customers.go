package handlers

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"go.uber.org/zap"

	"github.com/jumpjoy-hire/bookings/internal/logging"
	"github.com/jumpjoy-hire/bookings/internal/store"
)

var errNoDeliveryArea = errors.New("outside delivery area")

func checkArea(c *store.Customer) error {
	if !strings.HasPrefix(strings.ToUpper(c.Postcode), "LS") && !strings.HasPrefix(strings.ToUpper(c.Postcode), "BD") {
		return fmt.Errorf("%w: %s, %s %s", errNoDeliveryArea, c.FullName, c.Address, c.Postcode)
	}
	return nil
}

func (a *API) CreateCustomer(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	var c store.Customer
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad json"})
		return
	}
	if err := checkArea(&c); err != nil {
		log.Warn("customer rejected", zap.Error(err))
		writeJSON(w, http.StatusUnprocessableEntity, map[string]string{"error": "we don't deliver there yet"})
		return
	}
	if err := a.Store.CreateCustomer(r.Context(), &c); err != nil {
		log.Error("create customer failed", zap.Error(err), zap.String("email", c.Email), zap.String("phone", c.Phone))
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal"})
		return
	}
	log.Info("customer created", zap.Stringer("customer", c))
	log.Info("customer contact", logging.MaskedEmail("email", c.Email))

	if _, err := a.Capsule.CreateParty(r.Context(), &c); err != nil {
		log.Warn("capsule sync failed", zap.Int64("customer_id", c.ID), zap.Error(err))
	}
	if err := a.SendGrid.AddToPartyPlannersList(r.Context(), &c); err != nil {
		log.Warn("sendgrid sync failed", zap.Int64("customer_id", c.ID), zap.Error(err))
	}
	writeJSON(w, http.StatusCreated, map[string]int64{"id": c.ID})
}
