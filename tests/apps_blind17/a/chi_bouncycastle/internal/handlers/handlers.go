package handlers

import (
	"encoding/json"
	"net/http"

	"github.com/jumpjoy-hire/bookings/internal/config"
	"github.com/jumpjoy-hire/bookings/internal/httpx"
	"github.com/jumpjoy-hire/bookings/internal/queue"
	"github.com/jumpjoy-hire/bookings/internal/store"
	"github.com/jumpjoy-hire/bookings/internal/vendors"
)

type API struct {
	Store    *store.Store
	Queue    *queue.Queue
	Capsule  *vendors.Capsule
	SendGrid *vendors.SendGrid
	Clients  *httpx.Clients
	Cfg      *config.Config
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
