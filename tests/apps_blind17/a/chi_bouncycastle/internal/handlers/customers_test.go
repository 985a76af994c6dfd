package handlers

import (
	"testing"

	"github.com/jumpjoy-hire/bookings/internal/logging"
	"github.com/jumpjoy-hire/bookings/internal/store"
)

func TestCheckArea(t *testing.T) {
	ok := &store.Customer{FullName: "Priya Lomax", Address: "4 Mill Lane", Postcode: "LS6 2QT"}
	if err := checkArea(ok); err != nil {
		t.Fatalf("expected Leeds to be covered: %v", err)
	}
	far := &store.Customer{FullName: "Tom Beck", Address: "1 High St", Postcode: "EX1 1AA"}
	if err := checkArea(far); err == nil {
		t.Fatal("expected Exeter to be rejected")
	}
}

func TestMaskedEmail(t *testing.T) {
	f := logging.MaskedEmail("e", "priya@example.com")
	if f.String != "p***@example.com" {
		t.Fatalf("got %q", f.String)
	}
}
