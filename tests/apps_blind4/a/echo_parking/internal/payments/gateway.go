// Package payments talks to the MerchantLink card gateway and to the on-street kiosk bridge.
package payments

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// CardInput is what the mobile app posts; it is handed to the gateway and dropped.
type CardInput struct {
	PrimaryAccountNumber string `json:"primaryAccountNumber"`
	ExpiryMonth          int    `json:"expiryMonth"`
	ExpiryYear           int    `json:"expiryYear"`
	SecurityCode         string `json:"securityCode"`
	HolderName           string `json:"holderName"`
	PostalCode           string `json:"postalCode"`
}

func (c CardInput) Last4() string {
	if len(c.PrimaryAccountNumber) < 4 {
		return ""
	}
	return c.PrimaryAccountNumber[len(c.PrimaryAccountNumber)-4:]
}

func (c CardInput) Masked() string {
	n := c.PrimaryAccountNumber
	if len(n) < 10 {
		return "****"
	}
	return n[:6] + strings.Repeat("*", len(n)-10) + n[len(n)-4:]
}

type TokenResponse struct {
	Token string `json:"token"`
	Brand string `json:"brand"`
	Last4 string `json:"last4"`
	Bin   string `json:"bin"`
}

type Gateway struct {
	baseURL string
	apiKey  string
	http    *http.Client
	log     zerolog.Logger
}

func NewGateway(baseURL, apiKey string, skipVerify bool, log zerolog.Logger) *Gateway {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	if skipVerify {
		// staging gateway uses a self-signed certificate
		transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return &Gateway{
		baseURL: strings.TrimRight(baseURL, "/"),
		apiKey:  apiKey,
		http:    &http.Client{Timeout: 12 * time.Second, Transport: transport},
		log:     log.With().Str("component", "gateway").Logger(),
	}
}

func (g *Gateway) Tokenize(ctx context.Context, card CardInput) (*TokenResponse, error) {
	body, err := json.Marshal(card)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.baseURL+"/tokens", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+g.apiKey)
	req.Header.Set("Content-Type", "application/json")
	g.log.Debug().Str("card", card.Masked()).Msg("tokenize request")
	resp, err := g.http.Do(req)
	if err != nil {
		g.log.Error().Err(err).Str("last4", card.Last4()).Msg("tokenize transport error")
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		g.log.Warn().Int("status", resp.StatusCode).Interface("card", card).Msg("tokenize rejected")
		return nil, fmt.Errorf("gateway: tokenize status %d", resp.StatusCode)
	}
	var tr TokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return nil, err
	}
	g.log.Info().Str("brand", tr.Brand).Str("bin", tr.Bin).Str("last4", tr.Last4).Msg("card tokenized")
	return &tr, nil
}

func (g *Gateway) Charge(ctx context.Context, token string, amountCents int, ref string) (string, error) {
	payload, _ := json.Marshal(map[string]any{"token": token, "amount": amountCents, "currency": "USD", "reference": ref})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.baseURL+"/charges", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+g.apiKey)
	resp, err := g.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	g.log.Info().Str("charge_id", out.ID).Str("status", out.Status).Str("ref", ref).Int("amount_cents", amountCents).Msg("charge")
	return out.ID, nil
}

// KioskBridge forwards end-of-day kiosk settlements to the acquirer's bridge box.
type KioskBridge struct {
	URL string
	Log zerolog.Logger
}

func (k KioskBridge) Settle(ctx context.Context, ccNum, cvc2, exp string, amountCents int) (string, error) {
	form := url.Values{}
	form.Set("acct", ccNum)
	form.Set("cvc2", cvc2)
	form.Set("exp", exp)
	form.Set("amt", fmt.Sprint(amountCents))
	resp, err := http.PostForm(k.URL, form)
	if err != nil {
		k.Log.Error().Err(err).Msg("kiosk bridge unreachable")
		return "", err
	}
	defer resp.Body.Close()
	var r struct {
		AuthCode string `json:"auth_code"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&r)
	return r.AuthCode, nil
}
