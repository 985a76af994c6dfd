// Package gateway is a small client for the PayStream card gateway.
package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

var ErrUnavailable = errors.New("gateway unavailable")

type ChargeRequest struct {
	Number      string `json:"number"`
	CVC         string `json:"cvc"`
	ExpMonth    int    `json:"exp_month"`
	ExpYear     int    `json:"exp_year"`
	AmountCents int    `json:"amount"`
	Currency    string `json:"currency"`
	Reference   int64  `json:"reference"`
}

type Charge struct {
	IntentID    string `json:"id"`
	Status      string `json:"status"`
	DeclineCode string `json:"decline_code"`
}

type Client struct {
	base   string
	secret string
	http   *http.Client
}

func New(base, secret string) *Client {
	return &Client{base: base, secret: secret, http: &http.Client{Timeout: 15 * time.Second}}
}

func (c *Client) Charge(ctx context.Context, r ChargeRequest) (*Charge, error) {
	body, _ := json.Marshal(r)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(body))
	req.SetBasicAuth(c.secret, "")
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return nil, ErrUnavailable
	}
	var ch Charge
	if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil {
		return nil, err
	}
	if ch.Status != "succeeded" {
		return &ch, fmt.Errorf("declined: %s", ch.DeclineCode)
	}
	return &ch, nil
}
