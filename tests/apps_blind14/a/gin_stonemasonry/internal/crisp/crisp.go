package crisp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/granitehollow/memorials/internal/model"
)

const apiBase = "https://api.crisp.chat/v1"

type Client struct {
	HTTP       *http.Client
	WebsiteID  string
	Identifier string
	Key        string
}

func (c *Client) do(ctx context.Context, method, path string, body any) error {
	buf, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, apiBase+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.Identifier, c.Key)
	req.Header.Set("X-Crisp-Tier", "plugin")
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("crisp %s %s: %d", method, path, resp.StatusCode)
	}
	return nil
}

func (c *Client) AddProfile(ctx context.Context, cust model.Customer) error {
	profile := map[string]any{
		"email": cust.Email,
		"person": map[string]any{
			"nickname": cust.FullName,
			"phone":    cust.Phone,
			"address":  cust.Address,
		},
		"segments": []string{"memorial-order"},
	}
	return c.do(ctx, http.MethodPost, "/website/"+c.WebsiteID+"/people/profile", profile)
}

func (c *Client) AddEvent(ctx context.Context, peopleID string, orderID int64, stone string) error {
	event := map[string]any{
		"text":  "order_placed",
		"data":  map[string]any{"order_id": orderID, "stone": stone},
		"color": "green",
	}
	return c.do(ctx, http.MethodPost, "/website/"+c.WebsiteID+"/people/events/"+peopleID, event)
}
