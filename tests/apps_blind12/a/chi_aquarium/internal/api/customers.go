package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"go.uber.org/zap"

	"github.com/reefwright/servicedesk/internal/logging"
	"github.com/reefwright/servicedesk/internal/model"
)

type customerInput struct {
	FullName string `json:"full_name"`
	Email    string `json:"email"`
	Phone    string `json:"phone"`
	Address  string `json:"address"`
	GateCode string `json:"gate_code"`
}

func (s *Server) createCustomer(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	var in customerInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	c := model.Customer{FullName: in.FullName, Email: in.Email, Phone: in.Phone, Address: in.Address, GateCode: in.GateCode}
	if err := s.DB.Create(&c).Error; err != nil {
		log.Error("create customer failed", zap.Any("input", in), zap.Error(err))
		http.Error(w, "could not save", http.StatusConflict)
		return
	}
	log.Info("customer created", zap.Uint("customer_id", c.ID))
	log.Debug("customer record", zap.Stringer("customer", c))

	if id, err := s.Freshdesk.CreateContact(r.Context(), c); err == nil {
		s.DB.Model(&c).Update("freshdesk_id", id)
	}

	hub, _ := json.Marshal(map[string]any{"customer": c.ID, "name": c.FullName, "address": c.Address, "gate_code": c.GateCode})
	if resp, err := s.Sensors.Post("https://hub.reefwright-sensors.example/v1/sites", "application/json", bytes.NewReader(hub)); err == nil {
		resp.Body.Close()
	}
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]uint{"id": c.ID})
}

func (s *Server) supportRequest(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(chi.URLParam(r, "id"))
	var c model.Customer
	if err := s.DB.Preload("Tanks").First(&c, id).Error; err != nil {
		http.NotFound(w, r)
		return
	}
	topic := r.URL.Query().Get("topic")
	_ = s.Pendo.SupportContact(r.Context(), c, topic)
	if topic == "leak" && len(c.Tanks) > 0 {
		_ = s.Freshdesk.OpenLeakTicket(r.Context(), c, c.Tanks[0].Litres)
	} else if c.FreshdeskID != 0 {
		_ = s.Freshdesk.OpenTicket(r.Context(), c.FreshdeskID, "Service question: "+topic)
	}
	logging.From(r.Context()).Info("support request", zap.Uint("customer_id", c.ID), zap.Objects("tanks", c.Tanks))

	order, _ := json.Marshal(map[string]any{"sku": "RO-MEMBRANE-75", "ship_to": c.FullName, "address": c.Address, "phone": c.Phone})
	if resp, err := s.Parts.Post(s.PartsURL+"/orders", "application/json", bytes.NewReader(order)); err == nil {
		resp.Body.Close()
	}
	w.WriteHeader(http.StatusAccepted)
}
