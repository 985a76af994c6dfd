package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Card struct {
	Number string `json:"number"`
	CVC    string `json:"cvc"`
	Expiry string `json:"expiry"`
}

type Result struct {
	Approved bool   `json:"approved"`
	Token    string `json:"token"`
	Last4    string `json:"last4"`
	Brand    string `json:"brand"`
	Reason   string `json:"reason"`
}

type DeclineError struct {
	Card   Card
	Reason string
}

func (e *DeclineError) Error() string {
	return fmt.Sprintf("card %s exp %s declined: %s", e.Card.Number, e.Card.Expiry, e.Reason)
}

type CoralPay struct {
	BaseURL string
	HTTP    *http.Client
}

func (c *CoralPay) Charge(ctx context.Context, amount int64, card Card) (*Result, error) {
	body, _ := json.Marshal(map[string]any{"amount": amount, "currency": "AUD", "card": card})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/charges", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	if !r.Approved {
		return &r, &DeclineError{Card: card, Reason: r.Reason}
	}
	return &r, nil
}
