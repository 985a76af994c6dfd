package handlers

import (
	"testing"

	"github.com/frostforge/commissions/internal/models"
)

func TestClientRefString(t *testing.T) {
	ref := models.ClientRef{ID: 42}
	if ref.String() != "client#42" {
		t.Fatalf("unexpected %q", ref.String())
	}
}

func TestClientStringHasID(t *testing.T) {
	c := models.Client{ID: 7, FullName: "Odile Brandt", Email: "odile@example.com"}
	if got := c.String(); got == "" {
		t.Fatal("empty")
	}
}
