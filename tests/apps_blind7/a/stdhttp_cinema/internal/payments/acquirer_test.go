package payments

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/rs/zerolog"
)

func TestMaskedKeepsBinAndLast4(t *testing.T) {
	c := Card{PrimaryAccountNumber: "4111111111111111"}
	if got := c.Masked(); got != "411111******1111" {
		t.Fatalf("Masked() = %q", got)
	}
}

func TestAuthorizeDecodesResponse(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req AuthRequest
		_ = json.NewDecoder(r.Body).Decode(&req)
		_ = json.NewEncoder(w).Encode(AuthResponse{Approved: req.Card.Last4() == "0004", AuthCode: "A1"})
	}))
	defer srv.Close()
	c := NewClient(srv.URL, "k", true, zerolog.Nop())
	out, err := c.Authorize(context.Background(), AuthRequest{
		Reference: "T1", AmountCents: 100, Currency: "EUR",
		Card: Card{PrimaryAccountNumber: "5555555555554444", CVN: "123"},
	})
	if err != nil || out.Approved {
		t.Fatalf("unexpected %v %+v", err, out)
	}
}
