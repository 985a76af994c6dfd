package api

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/bluefader/studio-api/internal/logging"
)

func TestCreateArtistRejectsMissingEmail(t *testing.T) {
	h := &Handlers{}
	r := Router(h, logging.New(slog.LevelError))
	body := bytes.NewBufferString(`{"stage_name":"The Lanterns","legal_name":"Test Person","phone":"07700 900123"}`)
	req := httptest.NewRequest(http.MethodPost, "/artists", body)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("want 400, got %d", rec.Code)
	}
}
