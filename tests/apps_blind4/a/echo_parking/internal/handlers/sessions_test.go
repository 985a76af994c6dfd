package handlers

import (
	"testing"

	"github.com/citypark/echo-parking/internal/payments"
)

func TestMaskedCard(t *testing.T) {
	cases := []struct{ in, want string }{
		{"4111111111111111", "411111******1111"},
		{"5555555555554444", "555555******4444"},
		{"378282246310005", "378282*****0005"},
	}
	for _, tc := range cases {
		got := payments.CardInput{PrimaryAccountNumber: tc.in}.Masked()
		if got != tc.want {
			t.Fatalf("Masked(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestLast4Short(t *testing.T) {
	if got := (payments.CardInput{PrimaryAccountNumber: "12"}).Last4(); got != "" {
		t.Fatalf("got %q", got)
	}
}
