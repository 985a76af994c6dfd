package service

import "testing"

func TestMaskedHidesAllButLastFour(t *testing.T) {
	in := CardInput{CcNum: "4111111111111111"}
	if got := in.Masked(); got != "************1111" {
		t.Fatalf("Masked() = %q", got)
	}
}
