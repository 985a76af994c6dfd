package clients

import (
	"context"
	"fmt"
)

type ChargeRequest struct {
	AmountPence int    `json:"amount"`
	Currency    string `json:"currency"`
	Reference   string `json:"reference"`
	Number      string `json:"number,omitempty"`
	Expiry      string `json:"expiry,omitempty"`
	CVV         string `json:"cvv,omitempty"`
	Token       string `json:"token,omitempty"`
}

type ChargeResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Brand  string `json:"brand"`
}

func (c *Clients) Charge(ctx context.Context, req ChargeRequest) (*ChargeResult, error) {
	var out ChargeResult
	resp, err := c.Gateway.R().SetContext(ctx).SetBody(req).SetResult(&out).Post("/charges")
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() == 402 {
		return &out, fmt.Errorf("declined: %s", out.Status)
	}
	return &out, nil
}
