package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/reefwright/servicedesk/internal/model"
)

type Pendo struct {
	Key  string
	HTTP *http.Client
}

func (p *Pendo) track(ctx context.Context, payload map[string]any) error {
	b, _ := json.Marshal(payload)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://app.pendo.io/data/track", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-pendo-integration-key", p.Key)
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (p *Pendo) PlanStarted(ctx context.Context, c model.Customer, plan string) error {
	return p.track(ctx, map[string]any{
		"type":       "track",
		"event":      "Service Plan Started",
		"visitorId":  fmt.Sprintf("cust-%d", c.ID),
		"accountId":  "residential",
		"timestamp":  time.Now().UnixMilli(),
		"properties": map[string]any{"plan": plan, "tanks": len(c.Tanks)},
	})
}

func (p *Pendo) SupportContact(ctx context.Context, c model.Customer, topic string) error {
	props := map[string]any{"topic": topic}
	props["email"] = c.Email
	props["phone"] = c.Phone
	props["suburb_address"] = c.Address
	return p.track(ctx, map[string]any{
		"type":       "track",
		"event":      "Support Contacted",
		"visitorId":  c.Email,
		"accountId":  "residential",
		"timestamp":  time.Now().UnixMilli(),
		"properties": props,
	})
}
