package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
	"go.uber.org/zap"

	"github.com/cycleworks/repairdesk/ent"
	"github.com/cycleworks/repairdesk/internal/service"
)

type TicketHandler struct {
	DB     *ent.Client
	Cards  *service.CardService
	Events *service.Events
	Log    *zap.Logger
}

type intakeRequest struct {
	Name        string              `json:"name"`
	Email       string              `json:"email"`
	Phone       string              `json:"phone"`
	FrameSerial string              `json:"frame_serial"`
	Deposit     int                 `json:"deposit_cents"`
	Card        *service.CardInput  `json:"card,omitempty"`
}

func (h *TicketHandler) Routes(r *mux.Router) {
	r.HandleFunc("/tickets", h.intake).Methods(http.MethodPost)
	r.HandleFunc("/tickets/{number}", h.show).Methods(http.MethodGet)
	r.HandleFunc("/tickets/{number}/status", h.setStatus).Methods(http.MethodPut)
}

func (h *TicketHandler) intake(w http.ResponseWriter, r *http.Request) {
	var req intakeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		h.Log.Warn("bad intake body", zap.Error(err), zap.String("remote", r.RemoteAddr))
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h.Log.Info("intake", zap.String("name", req.Name), zap.String("email", req.Email), zap.String("phone", req.Phone))
	ctx := r.Context()
	cust, err := h.DB.Customer.Create().SetName(req.Name).SetEmail(req.Email).SetPhone(req.Phone).Save(ctx)
	if err != nil {
		h.Log.Error("customer create failed", zap.Error(err))
		http.Error(w, "could not create customer", http.StatusInternalServerError)
		return
	}
	num := fmt.Sprintf("CW-%06d", cust.ID)
	t, err := h.DB.RepairTicket.Create().SetTicketNumber(num).SetFrameSerial(req.FrameSerial).
		SetDepositCents(req.Deposit).SetCustomer(cust).Save(ctx)
	if err != nil {
		h.Log.Error("ticket create failed", zap.Int("customer_id", cust.ID), zap.Error(err))
		http.Error(w, "could not create ticket", http.StatusInternalServerError)
		return
	}
	if req.Card != nil {
		if _, err := h.Cards.Save(ctx, cust.ID, *req.Card); err != nil {
			h.Log.Error("card save failed", zap.String("ticket", num), zap.Error(err))
		}
	}
	h.Events.TicketOpened(cust, t)
	h.Log.Info("ticket opened", zap.String("ticket", num), zap.Int("customer_id", cust.ID))
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]string{"ticket": num})
}

func (h *TicketHandler) show(w http.ResponseWriter, r *http.Request) {
	number := mux.Vars(r)["number"]
	h.Log.Debug("show ticket", zap.String("ticket", number), zap.String("request_id", r.Header.Get("X-Request-ID")))
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"ticket": number})
}

func (h *TicketHandler) setStatus(w http.ResponseWriter, r *http.Request) {
	number := mux.Vars(r)["number"]
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	status := r.URL.Query().Get("status")
	h.Log.Info("status change", zap.String("ticket", number), zap.String("status", status), zap.Int("page", page))
	w.WriteHeader(http.StatusNoContent)
}
