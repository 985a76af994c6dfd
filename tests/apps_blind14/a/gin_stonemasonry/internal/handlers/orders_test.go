package handlers

import (
	"testing"

	"github.com/granitehollow/memorials/internal/logging"
)

func TestMaskedKeepsLastFour(t *testing.T) {
	if got := logging.Masked("tok_live_88213"); got != "****8213" {
		t.Fatalf("got %q", got)
	}
}
