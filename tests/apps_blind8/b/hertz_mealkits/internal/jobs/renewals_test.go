package jobs

import (
	"testing"
	"time"

	"github.com/forkandfield/mealkits/internal/models"
)

func TestISOWeek(t *testing.T) {
	got := isoWeek(time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC))
	if got != "2024-W23" {
		t.Fatalf("isoWeek = %s", got)
	}
}

func TestFallbackCardShape(t *testing.T) {
	p := models.PaymentProfile{SubscriberID: 7, CardNumber: "5555555555554444", ExpMonth: 3, ExpYear: 2030}
	if len(p.CardNumber) != 16 {
		t.Fatal("unexpected length")
	}
	amex := models.PaymentProfile{SubscriberID: 8, CardNumber: "378282246310005", CardLast4: "0005"}
	if amex.CardNumber[len(amex.CardNumber)-4:] != amex.CardLast4 {
		t.Fatal("last4 mismatch")
	}
	orderRef := "2024230000001234"
	if len(orderRef) != 16 {
		t.Fatal("order reference is 16 digits")
	}
}
