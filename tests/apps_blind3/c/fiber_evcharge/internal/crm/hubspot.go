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
	"os"
	"strings"
	"time"
)

const hubspotContacts = "https://api.hubapi.com/crm/v3/objects/contacts"

type HubSpot struct {
	token  string
	client *http.Client
	log    *slog.Logger
}

func NewHubSpot(log *slog.Logger) *HubSpot {
	return &HubSpot{
		token:  os.Getenv("HUBSPOT_PRIVATE_APP_TOKEN"),
		client: &http.Client{Timeout: 8 * time.Second},
		log:    log.With("component", "hubspot"),
	}
}

type contactProps struct {
	Properties map[string]string `json:"properties"`
}

func (h *HubSpot) UpsertDriver(ctx context.Context, email, name, mobile, plate string) (string, error) {
	first, last, _ := strings.Cut(name, " ")
	payload := contactProps{Properties: map[string]string{
		"email":     email,
		"firstname": first,
		"lastname":  last,
		"mobilephone": mobile,
		"ev_plate":  plate,
	}}
	body, _ := json.Marshal(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hubspotContacts, bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+h.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		return "", fmt.Errorf("hubspot upsert: %w", err)
	}
	defer resp.Body.Close()
	var out struct {
		ID string `json:"id"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	h.log.Info("hubspot contact upserted", "contact_id", out.ID, "status", resp.StatusCode)
	return out.ID, nil
}

type Mixpanel struct {
	token  string
	client *http.Client
}

func NewMixpanel() *Mixpanel {
	return &Mixpanel{token: os.Getenv("MIXPANEL_TOKEN"), client: &http.Client{Timeout: 5 * time.Second}}
}

func hashed(v string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(v))))
	return hex.EncodeToString(sum[:])
}

func (m *Mixpanel) post(ctx context.Context, url string, v any) error {
	body, _ := json.Marshal(v)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := m.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (m *Mixpanel) SessionEnded(ctx context.Context, driverID int, chargerID string, kwh float64) error {
	return m.post(ctx, "https://api.mixpanel.com/track", []map[string]any{{
		"event": "Session Ended",
		"properties": map[string]any{
			"token": m.token, "distinct_id": fmt.Sprint(driverID), "charger": chargerID, "kwh": kwh,
		},
	}})
}

func (m *Mixpanel) SetProfile(ctx context.Context, driverID int, email, mobile, name string) error {
	return m.post(ctx, "https://api.mixpanel.com/engage#profile-set", []map[string]any{{
		"$token":       m.token,
		"$distinct_id": fmt.Sprint(driverID),
		"$set": map[string]any{
			"$email": email,
			"$phone": mobile,
			"$name":  name,
		},
	}})
}

func (m *Mixpanel) ReferralSent(ctx context.Context, driverID int, friendEmail string) error {
	return m.post(ctx, "https://api.mixpanel.com/track", []map[string]any{{
		"event": "Referral Sent",
		"properties": map[string]any{
			"token": m.token, "distinct_id": fmt.Sprint(driverID), "friend_hash": hashed(friendEmail),
		},
	}})
}
