package handlers

import (
	"testing"
)

const fixturePAN = "4187572866904902"

func TestLast4(t *testing.T) {
	if got := last4(fixturePAN); got != "4902" {
		t.Fatalf("last4 = %q", got)
	}
	if got := last4("12"); got != "" {
		t.Fatalf("short input gave %q", got)
	}
}
