package handlers

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/roadrunner-rentals/fleetdesk/internal/models"
)

func TestReferenceFormat(t *testing.T) {
	ref := newReference()
	if !strings.HasPrefix(ref, "RR") || len(ref) != 12 {
		t.Fatalf("unexpected reference %q", ref)
	}
}

func TestDecodeReservationRequest(t *testing.T) {
	raw := `{"vehicleId": 7, "customer": {"fullName": "Test Driver", "email": "driver@example.com"},
	         "card": {"number": "4111111111111111", "expiry": "1230", "cvv": "123", "holder": "Test Driver"}}`
	var req createReservationRequest
	if err := json.Unmarshal([]byte(raw), &req); err != nil {
		t.Fatal(err)
	}
	if req.Card.Number != "4111111111111111" || req.Customer.Email == "" {
		t.Fatalf("decode mismatch: %+v", req.Card)
	}
	_ = models.Reservation{}
}
