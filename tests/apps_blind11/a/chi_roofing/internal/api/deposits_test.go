package api

import (
	"encoding/json"
	"testing"

	"github.com/slateridge/roofing/internal/domain"
)

func TestDepositRequestDecodes(t *testing.T) {
	raw := `{"quote_id": 7, "amount_pence": 50000, "card": {"number": "5555 0000 1111", "cvc": "123", "expiry": "01/29"}}`
	var in domain.DepositRequest
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		t.Fatal(err)
	}
	if in.Card.Expiry != "01/29" {
		t.Fatalf("expiry %q", in.Card.Expiry)
	}
}
