package service

import (
	"strings"
	"testing"

	v1 "github.com/coinmere/vending/api/vending/v1"
)

func TestAddCardRequestRedacts(t *testing.T) {
	req := &v1.AddCardOnFileRequest{ClientId: 42, CardNumber: "TEST-CARD-9876", Expiry: "04/30", Cvc: "999"}
	got := req.Redact()
	if strings.Contains(got, "TEST-CARD") || strings.Contains(got, "999") {
		t.Fatalf("redacted form leaks card data: %s", got)
	}
	if !strings.Contains(got, "card_last4:9876") {
		t.Fatalf("expected last4 in %s", got)
	}
}
