package logging

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
)

func newTestLogger(buf *bytes.Buffer) *slog.Logger {
	return slog.New(NewRedactingHandler(slog.NewJSONHandler(buf, nil), "email", "card_number", "cvv"))
}

func TestTopLevelKeysAreRedacted(t *testing.T) {
	var buf bytes.Buffer
	newTestLogger(&buf).Info("card", "card_number", "4242424242424242", "cvv", "123", "email", "someone@example.test")
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"card_number", "cvv", "email"} {
		if rec[k] != "[redacted]" {
			t.Errorf("%s = %v, want [redacted]", k, rec[k])
		}
	}
}

func TestOtherKeysPassThrough(t *testing.T) {
	var buf bytes.Buffer
	newTestLogger(&buf).Info("fee", "reference", "FEE-4242424242424241", "last4", "4242")
	if !bytes.Contains(buf.Bytes(), []byte("FEE-4242424242424241")) {
		t.Fatalf("reference was altered: %s", buf.String())
	}
}
