// Package payments talks to the acquirer that authorises ticket purchases.
package payments

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

type Card struct {
	PrimaryAccountNumber string `json:"primaryAccountNumber"`
	ExpiryMonth          int    `json:"expiryMonth"`
	ExpiryYear           int    `json:"expiryYear"`
	CVN                  string `json:"cvn"`
	HolderName           string `json:"holderName"`
}

func (c Card) Last4() string {
	if len(c.PrimaryAccountNumber) < 4 {
		return ""
	}
	return c.PrimaryAccountNumber[len(c.PrimaryAccountNumber)-4:]
}

func (c Card) Masked() string {
	n := len(c.PrimaryAccountNumber)
	if n < 10 {
		return "****"
	}
	return c.PrimaryAccountNumber[:6] + "******" + c.PrimaryAccountNumber[n-4:]
}

type AuthRequest struct {
	Reference   string `json:"reference"`
	AmountCents int64  `json:"amountCents"`
	Currency    string `json:"currency"`
	Card        Card   `json:"card"`
}

type AuthResponse struct {
	Approved bool   `json:"approved"`
	AuthCode string `json:"authCode"`
	Token    string `json:"token"`
	Brand    string `json:"brand"`
	Reason   string `json:"reason"`
}

type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
	log     zerolog.Logger
}

func NewClient(baseURL, apiKey string, skipVerify bool, log zerolog.Logger) *Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: skipVerify}
	return &Client{
		baseURL: baseURL,
		apiKey:  apiKey,
		http:    &http.Client{Transport: transport, Timeout: 20 * time.Second},
		log:     log.With().Str("component", "acquirer").Logger(),
	}
}

func (c *Client) Authorize(ctx context.Context, req AuthRequest) (*AuthResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	c.log.Debug().RawJSON("request", body).Msg("authorize")
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/authorizations", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.apiKey)
	httpReq.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(httpReq)
	if err != nil {
		c.log.Error().Err(err).Str("reference", req.Reference).Msg("acquirer unreachable")
		return nil, err
	}
	defer resp.Body.Close()
	var out AuthResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("decode acquirer response: %w", err)
	}
	c.log.Info().
		Str("reference", req.Reference).
		Bool("approved", out.Approved).
		Str("brand", out.Brand).
		Str("last4", req.Card.Last4()).
		Msg("authorization result")
	return &out, nil
}
