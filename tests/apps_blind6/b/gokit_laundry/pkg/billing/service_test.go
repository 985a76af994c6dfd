package billing

import "testing"

func TestLast4AndBIN(t *testing.T) {
	req := CardRequest{Number: "4000056655665556", ExpMonth: 1, ExpYear: 2030, VerificationValue: "123"}
	if req.Last4() != "5556" || req.BIN() != "400005" {
		t.Fatalf("unexpected last4/bin: %s %s", req.Last4(), req.BIN())
	}
}
