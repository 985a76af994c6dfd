package services

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestChargeDepositSendsCard(t *testing.T) {
	var got map[string]interface{}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewDecoder(r.Body).Decode(&got)
		_ = json.NewEncoder(w).Encode(map[string]string{"id": "ch_1", "status": "succeeded"})
	}))
	defer srv.Close()

	s := &SeaPay{baseURL: srv.URL, apiKey: "sk_test", client: srv.Client()}
	res, err := s.ChargeDeposit("5555555555554444", 12, 2030, "123", 1000, "CLAIM-TEST")
	if err != nil {
		t.Fatal(err)
	}
	if res.ID != "ch_1" {
		t.Fatalf("unexpected id %q", res.ID)
	}
	card := got["card"].(map[string]interface{})
	if card["number"] != "5555555555554444" {
		t.Fatalf("card not forwarded")
	}
}
