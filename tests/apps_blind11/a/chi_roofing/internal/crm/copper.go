package crm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"github.com/slateridge/roofing/internal/domain"
)

type Copper struct {
	HTTP    *http.Client
	BaseURL string
}

type copperPerson struct {
	Name           string           `json:"name"`
	Emails         []map[string]any `json:"emails"`
	PhoneNumbers   []map[string]any `json:"phone_numbers,omitempty"`
	Address        map[string]any   `json:"address,omitempty"`
	ContactTypeID  int              `json:"contact_type_id"`
}

func (c *Copper) do(ctx context.Context, method, path string, body any) (*http.Response, error) {
	buf, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-PW-AccessToken", os.Getenv("COPPER_TOKEN"))
	req.Header.Set("X-PW-Application", "developer_api")
	req.Header.Set("X-PW-UserEmail", os.Getenv("COPPER_USER"))
	req.Header.Set("Content-Type", "application/json")
	return c.HTTP.Do(req)
}

func (c *Copper) CreatePerson(ctx context.Context, h domain.Homeowner) (int64, error) {
	p := copperPerson{Name: h.FullName, ContactTypeID: 4}
	p.Emails = []map[string]any{{"email": h.Email, "category": "personal"}}
	if h.Phone != "" {
		p.PhoneNumbers = []map[string]any{{"number": h.Phone, "category": "mobile"}}
	}
	p.Address = map[string]any{"street": h.Address, "country": "GB"}
	resp, err := c.do(ctx, http.MethodPost, "/people", p)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct{ ID int64 `json:"id"` }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, fmt.Errorf("copper create person: %w", err)
	}
	return out.ID, nil
}

func (c *Copper) AddQuoteActivity(ctx context.Context, copperID int64, quoteID int64, roofType string) error {
	body := map[string]any{
		"parent":  map[string]any{"type": "person", "id": copperID},
		"type":    map[string]any{"category": "user", "id": 0},
		"details": fmt.Sprintf("Quote %d issued (%s)", quoteID, roofType),
	}
	resp, err := c.do(ctx, http.MethodPost, "/activities", body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
