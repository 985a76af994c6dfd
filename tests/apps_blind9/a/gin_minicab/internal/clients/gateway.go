package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/nightjarcars/dispatch/internal/models"
)

type Gateway struct {
	baseURL string
	key     string
	http    *http.Client
	log     *zap.Logger
}

func NewGateway(baseURL, key string, log *zap.Logger) *Gateway {
	return &Gateway{baseURL: baseURL, key: key, http: &http.Client{Timeout: 20 * time.Second}, log: log.Named("gateway")}
}

type CaptureResult struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	DeclineCode string `json:"decline_code"`
	Last4       string `json:"last4"`
}

func (g *Gateway) Capture(ctx context.Context, card models.CardInput, amountPence int, ref string) (CaptureResult, error) {
	body, _ := json.Marshal(map[string]any{
		"amount": amountPence, "currency": "GBP", "reference": ref,
		"card": map[string]any{"number": card.Number, "cvc": card.CVC, "exp_month": card.ExpMonth, "exp_year": card.ExpYear},
	})
	g.log.Debug("capture request", zap.ByteString("body", body))
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.baseURL+"/captures", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+g.key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := g.http.Do(req)
	if err != nil {
		return CaptureResult{}, err
	}
	defer resp.Body.Close()
	var out CaptureResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return CaptureResult{}, err
	}
	if out.Status != "captured" {
		return out, fmt.Errorf("capture %s declined: %s", ref, out.DeclineCode)
	}
	return out, nil
}
