package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type HarbourPay struct {
	HTTP    *http.Client
	BaseURL string
	APIKey  string
}

type ChargeResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Last4  string `json:"last4"`
	Token  string `json:"token"`
	Brand  string `json:"brand"`
}

func (h *HarbourPay) call(ctx context.Context, path string, body any) (*ChargeResult, error) {
	buf, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+h.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out ChargeResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("harbourpay %s: %w", path, err)
	}
	return &out, nil
}

func (h *HarbourPay) Tokenise(ctx context.Context, pan, expiry, cvc string) (*ChargeResult, error) {
	return h.call(ctx, "/tokens", map[string]string{"pan": pan, "expiry": expiry, "cvc": cvc})
}

func (h *HarbourPay) ChargeToken(ctx context.Context, token string, amount int64) (*ChargeResult, error) {
	return h.call(ctx, "/charges", map[string]any{"token": token, "amount": amount, "currency": "GBP"})
}

func (h *HarbourPay) ChargeCard(ctx context.Context, pan, expiry, cvc string, amount int64) (*ChargeResult, error) {
	return h.call(ctx, "/charges", map[string]any{"pan": pan, "expiry": expiry, "cvc": cvc, "amount": amount})
}
