package models

import (
	"strings"
	"testing"
)

func TestCustomerValidateRequiresEmailAndPostcode(t *testing.T) {
	c := &Customer{FullName: "Test Person"}
	verrs, err := c.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !verrs.HasAny() {
		t.Fatal("expected validation errors")
	}
	if verrs.Get("email") == nil {
		t.Errorf("expected an email error, got %v", verrs.Errors)
	}
	if verrs.Get("postcode") == nil {
		t.Errorf("expected a postcode error, got %v", verrs.Errors)
	}
}

func TestCustomerStringIsJSON(t *testing.T) {
	c := Customer{FullName: "Test Person", Postcode: "BS1 4DJ"}
	s := c.String()
	if !strings.HasPrefix(s, "{") || !strings.Contains(s, `"postcode":"BS1 4DJ"`) {
		t.Errorf("unexpected String(): %s", s)
	}
	if strings.Contains(s, "locker_pin_hash") {
		t.Error("pin hash must not be serialised")
	}
}
