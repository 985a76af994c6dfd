package model

import (
	"strings"
	"testing"
)

func TestSiteCardStringMasks(t *testing.T) {
	c := SiteCard{BuildID: 4, Number: "CARD-FIXTURE-7781", CVV: "999"}
	if strings.Contains(c.String(), "FIXTURE") {
		t.Fatalf("card string leaks number: %s", c)
	}
}

func TestClientString(t *testing.T) {
	c := Client{ID: 1, FullName: "Ines Moreau", Email: "ines@example.net"}
	if !strings.Contains(c.String(), "Ines") {
		t.Fatal("expected name")
	}
}
