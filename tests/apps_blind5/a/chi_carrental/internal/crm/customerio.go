// Package crm sends lifecycle events to Customer.io's Track API.
package crm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/roadrunner-rentals/fleetdesk/internal/models"
)

type Tracker struct {
	siteID, apiKey string
	http           *http.Client
	log            *slog.Logger
}

func NewTracker(siteID, apiKey string, log *slog.Logger) *Tracker {
	return &Tracker{siteID: siteID, apiKey: apiKey, http: &http.Client{Timeout: 5 * time.Second}, log: log}
}

func (t *Tracker) put(ctx context.Context, path string, payload any) error {
	buf, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, "https://track-eu.customer.io/api/v1"+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.SetBasicAuth(t.siteID, t.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		t.log.WarnContext(ctx, "customer.io rejected call", "path", path, "status", resp.StatusCode)
	}
	return nil
}

// Identify creates or updates the customer profile used by the pickup-reminder campaigns.
func (t *Tracker) Identify(ctx context.Context, c *models.Customer) error {
	return t.put(ctx, fmt.Sprintf("/customers/%d", c.ID), map[string]any{
		"email":      c.Email,
		"name":       c.FullName,
		"phone":      c.Phone,
		"created_at": c.CreatedAt.Unix(),
	})
}

func hashEmail(email string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return hex.EncodeToString(sum[:])
}

func (t *Tracker) TrackReservation(ctx context.Context, customerID int64, r *models.Reservation) error {
	return t.put(ctx, fmt.Sprintf("/customers/%d/events", customerID), map[string]any{
		"name": "reservation_confirmed",
		"data": map[string]any{"reference": r.Reference, "pickup_at": r.PickupAt.Unix(), "total": r.TotalCents},
	})
}

func (t *Tracker) TrackAnonymousQuote(ctx context.Context, email string, branch string) error {
	return t.put(ctx, "/events", map[string]any{
		"anonymous_id": hashEmail(email),
		"name":         "quote_requested",
		"data":         map[string]any{"branch": branch},
	})
}
