package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/apex/log"
)

type Gateway struct {
	BaseURL string
	Key     string
	HTTP    *http.Client
}

type ChargeRequest struct {
	Token     string `json:"token,omitempty"`
	Card      *Card  `json:"card,omitempty"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Reference string `json:"reference"`
}

type Card struct {
	Number string `json:"number"`
	Expiry string `json:"expiry"`
	CVV    string `json:"cvv,omitempty"`
}

type ChargeResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Last4  string `json:"last4"`
	Brand  string `json:"brand"`
	Token  string `json:"token"`
}

func NewGateway(base, key string) *Gateway {
	return &Gateway{BaseURL: base, Key: key, HTTP: &http.Client{Timeout: 20 * time.Second}}
}

func (g *Gateway) Charge(ctx context.Context, req ChargeRequest) (*ChargeResponse, error) {
	body, _ := json.Marshal(req)
	httpReq, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.BaseURL+"/charges", bytes.NewReader(body))
	httpReq.Header.Set("Authorization", "Bearer "+g.Key)
	httpReq.Header.Set("Content-Type", "application/json")
	resp, err := g.HTTP.Do(httpReq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out ChargeResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		log.WithFields(log.Fields{"status": resp.StatusCode, "reference": req.Reference}).Warn("gateway declined")
		return &out, fmt.Errorf("gateway: %s", out.Status)
	}
	return &out, nil
}
