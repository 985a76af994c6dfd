package worker

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"go.uber.org/zap"

	"github.com/nightjarcars/dispatch/internal/clients"
	"github.com/nightjarcars/dispatch/internal/models"
)

func TestGatewayCaptureSendsCard(t *testing.T) {
	var got map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewDecoder(r.Body).Decode(&got)
		_, _ = w.Write([]byte(`{"id":"cap_1","status":"captured","last4":"1111"}`))
	}))
	defer srv.Close()

	gw := clients.NewGateway(srv.URL, "test", zap.NewNop())
	res, err := gw.Capture(context.Background(), models.CardInput{Number: "4111111111111111", CVC: "123", ExpMonth: 1, ExpYear: 2030}, 1250, "TRIP-1")
	if err != nil {
		t.Fatal(err)
	}
	if res.Last4 != "1111" {
		t.Fatalf("last4 = %q", res.Last4)
	}
	card := got["card"].(map[string]any)
	if card["number"] != "4111111111111111" {
		t.Fatalf("card not forwarded: %v", card)
	}
}

func TestDeclinedCaptureIsAnError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"id":"cap_2","status":"declined","decline_code":"do_not_honor"}`))
	}))
	defer srv.Close()

	gw := clients.NewGateway(srv.URL, "test", zap.NewNop())
	if _, err := gw.Capture(context.Background(), models.CardInput{Number: "4111111111111112", CVC: "123", ExpMonth: 1, ExpYear: 2030}, 900, "TRIP-2"); err == nil {
		t.Fatal("expected decline error")
	}
}
