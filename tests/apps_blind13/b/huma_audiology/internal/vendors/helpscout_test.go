package vendors

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/clearnote/hearing-api/internal/config"
)

func TestNoteRepairTicketSendsOnlySerial(t *testing.T) {
	var got map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewDecoder(r.Body).Decode(&got)
		w.WriteHeader(http.StatusCreated)
	}))
	defer srv.Close()
	cfg := &config.Config{}
	cfg.HelpScout.BaseURL = srv.URL
	c := NewClients(cfg)
	if err := c.NoteRepairTicket(context.Background(), 42, "SN-77120"); err != nil {
		t.Fatal(err)
	}
	if got["text"] != "Repair booked for device SN-77120" {
		t.Fatalf("unexpected body %v", got)
	}
}
