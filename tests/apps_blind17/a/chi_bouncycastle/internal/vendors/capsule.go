package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/jumpjoy-hire/bookings/internal/store"
)

type Capsule struct {
	Client  *http.Client
	BaseURL string
}

type capsuleEmail struct {
	Address string `json:"address"`
}

type capsulePhone struct {
	Number string `json:"number"`
}

type capsuleAddress struct {
	Street string `json:"street"`
	Zip    string `json:"zip"`
}

type capsuleParty struct {
	Type           string           `json:"type"`
	FirstName      string           `json:"firstName"`
	LastName       string           `json:"lastName"`
	EmailAddresses []capsuleEmail   `json:"emailAddresses"`
	PhoneNumbers   []capsulePhone   `json:"phoneNumbers"`
	Addresses      []capsuleAddress `json:"addresses"`
}

func (c *Capsule) do(ctx context.Context, method, path string, body any) (*http.Response, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CAPSULE_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	return c.Client.Do(req)
}

func (c *Capsule) CreateParty(ctx context.Context, cu *store.Customer) (int64, error) {
	first, last, _ := strings.Cut(cu.FullName, " ")
	party := capsuleParty{Type: "person", FirstName: first, LastName: last}
	party.EmailAddresses = []capsuleEmail{{Address: cu.Email}}
	party.PhoneNumbers = []capsulePhone{{Number: cu.Phone}}
	party.Addresses = []capsuleAddress{{Street: cu.Address, Zip: cu.Postcode}}
	resp, err := c.do(ctx, http.MethodPost, "/parties", map[string]any{"party": party})
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return 0, fmt.Errorf("capsule: status %d", resp.StatusCode)
	}
	var out struct {
		Party struct {
			ID int64 `json:"id"`
		} `json:"party"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, err
	}
	return out.Party.ID, nil
}

func (c *Capsule) AddHireOpportunity(ctx context.Context, partyID int64, sku string, valuePence int) error {
	resp, err := c.do(ctx, http.MethodPost, "/opportunities", map[string]any{
		"opportunity": map[string]any{
			"party":     map[string]any{"id": partyID},
			"name":      "Castle hire " + sku,
			"milestone": map[string]any{"name": "Booked"},
			"value":     map[string]any{"amount": float64(valuePence) / 100, "currency": "GBP"},
		},
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
