package store

import "testing"

func TestParseQueries(t *testing.T) {
	src := "-- name: A\nSELECT 1;\n\n-- name: B\nSELECT 2;\n"
	q := parseQueries(src)
	if q["A"] != "SELECT 1;" || q["B"] != "SELECT 2;" {
		t.Fatalf("unexpected %#v", q)
	}
}

func TestPendingChargeShape(t *testing.T) {
	pc := PendingCharge{DonationID: 1, CardNumber: "4111111111111111", CVC: "737", ExpMonth: 3, ExpYear: 2030}
	if pc.CardNumber[len(pc.CardNumber)-4:] != "1111" {
		t.Fatal("last4")
	}
}
