package vendors

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/saltline/charters/internal/config"
	"github.com/saltline/charters/internal/models"
)

type Client struct {
	http *http.Client
	cfg  *config.Config
}

func New(h *http.Client, cfg *config.Config) *Client { return &Client{http: h, cfg: cfg} }

func (c *Client) post(ctx context.Context, url string, headers map[string]string, body any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s: status %d", url, resp.StatusCode)
	}
	return nil
}

type nimbleField struct {
	Value    string `json:"value"`
	Modifier string `json:"modifier"`
}

// NimbleContact creates a person record in Nimble CRM.
func (c *Client) NimbleContact(ctx context.Context, a *models.Angler) error {
	first, last, _ := strings.Cut(a.FullName, " ")
	fields := map[string][]nimbleField{
		"first name": {{Value: first, Modifier: ""}},
		"last name":  {{Value: last, Modifier: ""}},
	}
	fields["email"] = []nimbleField{{Value: a.Email, Modifier: "personal"}}
	fields["phone"] = []nimbleField{{Value: a.Phone, Modifier: "mobile"}}
	fields["address"] = []nimbleField{{Value: a.HomeAddress, Modifier: "home"}}
	body := map[string]any{"fields": fields, "record_type": "person", "tags": "angler"}
	return c.post(ctx, c.cfg.Nimble.BaseURL+"/contact", map[string]string{"Authorization": "Bearer " + c.cfg.Nimble.APIKey}, body)
}

// IndicativeEvent sends a product event; the unique id is the angler's e-mail so web and app sessions merge.
func (c *Client) IndicativeEvent(ctx context.Context, a *models.Angler, name string, props map[string]any) error {
	body := map[string]any{
		"apiKey":        c.cfg.Indicative.APIKey,
		"eventName":     name,
		"eventUniqueId": a.Email,
		"eventTime":     time.Now().UnixMilli(),
		"properties":    props,
	}
	return c.post(ctx, c.cfg.Indicative.Endpoint, nil, body)
}

// IndicativeAnonymous keys the event on a hash of the e-mail.
func (c *Client) IndicativeAnonymous(ctx context.Context, email, name string) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	body := map[string]any{
		"apiKey":        c.cfg.Indicative.APIKey,
		"eventName":     name,
		"eventUniqueId": hex.EncodeToString(sum[:]),
		"eventTime":     time.Now().UnixMilli(),
	}
	return c.post(ctx, c.cfg.Indicative.Endpoint, nil, body)
}

func (c *Client) IndicativeTripEvent(ctx context.Context, anglerID, tripID int64, name string) error {
	body := map[string]any{
		"apiKey":        c.cfg.Indicative.APIKey,
		"eventName":     name,
		"eventUniqueId": fmt.Sprintf("angler-%d", anglerID),
		"eventTime":     time.Now().UnixMilli(),
		"properties":    map[string]any{"trip_id": tripID},
	}
	return c.post(ctx, c.cfg.Indicative.Endpoint, nil, body)
}
