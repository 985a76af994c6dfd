package logic

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bouncebarn/jumppark/model"
)

func TestJumperStringIsIdOnly(t *testing.T) {
	j := &model.Jumpers{Id: 42, FirstName: "Test", LastName: "Jumper", DateOfBirth: "2015-01-01", WristbandUid: "A1B2C3D4E5F60718"}
	s := j.String()
	if strings.Contains(s, "Test") || strings.Contains(s, "2015") {
		t.Fatalf("String() leaks personal data: %s", s)
	}
}

func TestKioskCaptureOmitsEmptyCvc(t *testing.T) {
	b, _ := json.Marshal(KioskCapture{KioskId: "K1", Seq: 1, Amount: 350, Pan: "4242424242424242", Expiry: "12/30"})
	if strings.Contains(string(b), "cvc") {
		t.Fatalf("empty cvc serialised: %s", b)
	}
}

func TestNewWristbandLength(t *testing.T) {
	if got := len(newWristband()); got != 16 {
		t.Fatalf("wristband length %d", got)
	}
	if newWristband() == "4242424242424241" {
		t.Fatal("impossible")
	}
}
