package clients

import (
	"context"
	"fmt"
	"time"

	"github.com/imroc/req/v3"
)

type Gateway struct {
	c *req.Client
}

type ChargeResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Token  string `json:"payment_method"`
	Brand  string `json:"brand"`
	Last4  string `json:"last4"`
}

func NewGateway(baseURL, key string) *Gateway {
	return &Gateway{c: req.C().
		SetBaseURL(baseURL).
		SetCommonBearerAuthToken(key).
		SetTimeout(12 * time.Second).
		SetCommonRetryCount(2)}
}

type ChargeRequest struct {
	AmountCents int64             `json:"amount"`
	Currency    string            `json:"currency"`
	Token       string            `json:"payment_method,omitempty"`
	Card        map[string]any    `json:"card,omitempty"`
	Metadata    map[string]string `json:"metadata"`
	SaveCard    bool              `json:"save_payment_method"`
}

func (g *Gateway) Charge(ctx context.Context, in ChargeRequest) (*ChargeResult, error) {
	var out ChargeResult
	resp, err := g.c.R().SetContext(ctx).SetBody(&in).SetSuccessResult(&out).Post("/charges")
	if err != nil {
		return nil, err
	}
	if !resp.IsSuccessState() {
		return nil, fmt.Errorf("gateway: %s", resp.Status)
	}
	return &out, nil
}
