package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Card struct {
	Number     string `json:"number"`
	CVV        string `json:"cvv"`
	Expiry     string `json:"expiry"`
	HolderName string `json:"holder_name"`
}

type Gateway struct {
	HTTP    *http.Client
	BaseURL string
	APIKey  string
}

type AuthResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Last4  string `json:"last4"`
	Reason string `json:"decline_reason"`
}

func (g *Gateway) AuthoriseDeposit(ctx context.Context, bookingID uint, pence int, card Card) (*AuthResult, error) {
	body, _ := json.Marshal(map[string]any{
		"amount": pence, "currency": "GBP", "capture": false,
		"reference": fmt.Sprintf("BK-%d", bookingID), "card": card,
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.BaseURL+"/authorisations", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+g.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := g.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out AuthResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out.Status != "authorised" {
		return &out, fmt.Errorf("deposit declined for card %s exp %s: %s", card.Number, card.Expiry, out.Reason)
	}
	return &out, nil
}

func (g *Gateway) ChargeToken(ctx context.Context, token string, pence int, ref string) (*AuthResult, error) {
	body, _ := json.Marshal(map[string]any{"amount": pence, "currency": "GBP", "source": token, "reference": ref})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.BaseURL+"/charges", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+g.APIKey)
	resp, err := g.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out AuthResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
