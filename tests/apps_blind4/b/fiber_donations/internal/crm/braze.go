// Package crm pushes donor events to Braze for the supporter-journey e-mails.
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

	"github.com/givewell/donations/internal/store"
)

type Braze struct {
	endpoint string
	apiKey   string
	http     *http.Client
	log      *slog.Logger
}

func NewBraze(endpoint, apiKey string, log *slog.Logger) *Braze {
	return &Braze{endpoint: endpoint, apiKey: apiKey, http: &http.Client{Timeout: 5 * time.Second}, log: log}
}

type attributes struct {
	ExternalID string `json:"external_id"`
	Email      string `json:"email,omitempty"`
	FirstName  string `json:"first_name,omitempty"`
	LastName   string `json:"last_name,omitempty"`
	Country    string `json:"country,omitempty"`
	EmailHash  string `json:"email_sha256,omitempty"`
}

type event struct {
	ExternalID string         `json:"external_id"`
	Name       string         `json:"name"`
	Time       string         `json:"time"`
	Properties map[string]any `json:"properties"`
}

func (b *Braze) TrackDonation(ctx context.Context, d *store.Donor, campaign string, amountCents int) {
	payload := map[string]any{
		"attributes": []attributes{{
			ExternalID: fmt.Sprintf("donor-%d", d.ID),
			Email:      d.Email,
			FirstName:  d.FirstName,
			LastName:   d.LastName,
			Country:    d.Country,
		}},
		"events": []event{{
			ExternalID: fmt.Sprintf("donor-%d", d.ID),
			Name:       "donation_completed",
			Time:       time.Now().UTC().Format(time.RFC3339),
			Properties: map[string]any{"campaign": campaign, "amount_cents": amountCents},
		}},
	}
	b.post(ctx, "/users/track", payload)
}

func (b *Braze) TrackPledgeCharged(ctx context.Context, donorID int64, email string, amountCents int) {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	payload := map[string]any{
		"attributes": []attributes{{ExternalID: fmt.Sprintf("donor-%d", donorID), EmailHash: hex.EncodeToString(sum[:])}},
		"events": []event{{
			ExternalID: fmt.Sprintf("donor-%d", donorID),
			Name:       "pledge_charged",
			Time:       time.Now().UTC().Format(time.RFC3339),
			Properties: map[string]any{"amount_cents": amountCents},
		}},
	}
	b.post(ctx, "/users/track", payload)
}

func (b *Braze) post(ctx context.Context, path string, payload any) {
	body, _ := json.Marshal(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.endpoint+path, bytes.NewReader(body))
	if err != nil {
		b.log.Error("braze request build failed", "path", path, "err", err)
		return
	}
	req.Header.Set("Authorization", "Bearer "+b.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.http.Do(req)
	if err != nil {
		b.log.Warn("braze unreachable", "path", path, "err", err)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b.log.Warn("braze rejected payload", "path", path, "status", resp.StatusCode)
	}
}
