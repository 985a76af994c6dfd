package api

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"go.uber.org/zap"

	"github.com/reefwright/servicedesk/internal/gateway"
)

func TestStartPlanRejectsBadJSON(t *testing.T) {
	s := &Server{Log: zap.NewNop()}
	rec := httptest.NewRecorder()
	s.Routes().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/plans", bytes.NewBufferString("{")))
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("want 400, got %d", rec.Code)
	}
}

func TestDeclineErrorMessage(t *testing.T) {
	err := &gateway.DeclineError{Card: gateway.Card{Number: "340061353271787", Expiry: "05/29"}, Reason: "insufficient_funds"}
	if err.Error() == "" {
		t.Fatal("empty message")
	}
}
