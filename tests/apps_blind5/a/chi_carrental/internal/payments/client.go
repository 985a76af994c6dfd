// Package payments is a small net/http client for the CardLink pre-authorisation API.
package payments

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
	log     *slog.Logger
}

func New(baseURL, apiKey string, log *slog.Logger) *Client {
	return &Client{
		baseURL: baseURL,
		apiKey:  apiKey,
		http:    &http.Client{Timeout: 12 * time.Second},
		log:     log.With("component", "payments"),
	}
}

type PreauthRequest struct {
	AmountCents int64  `json:"amount"`
	Currency    string `json:"currency"`
	CardNumber  string `json:"card_number"`
	Expiry      string `json:"expiry"`
	CVV         string `json:"cvv"`
	Reference   string `json:"reference"`
}

type PreauthResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Brand  string `json:"brand"`
	Last4  string `json:"last4"`
	BIN    string `json:"bin"`
	Token  string `json:"token"`
}

type APIError struct {
	Status int
	Code   string `json:"code"`
}

func (e *APIError) Error() string { return fmt.Sprintf("cardlink: %d %s", e.Status, e.Code) }

func (c *Client) Preauthorize(ctx context.Context, req PreauthRequest) (*PreauthResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v3/preauthorizations", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.apiKey)
	httpReq.Header.Set("Content-Type", "application/json")

	start := time.Now()
	resp, err := c.http.Do(httpReq)
	if err != nil {
		c.log.ErrorContext(ctx, "preauth transport error", "reference", req.Reference, "err", err)
		return nil, err
	}
	defer resp.Body.Close()
	c.log.InfoContext(ctx, "preauth response", "reference", req.Reference, "status", resp.StatusCode, "elapsed", time.Since(start))

	if resp.StatusCode >= 300 {
		apiErr := &APIError{Status: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(apiErr)
		c.log.WarnContext(ctx, "preauth declined", "reference", req.Reference, "code", apiErr.Code, "request", req)
		return nil, apiErr
	}
	var out PreauthResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (c *Client) Void(ctx context.Context, preauthID string) error {
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/v3/preauthorizations/%s/void", c.baseURL, preauthID), nil)
	if err != nil {
		return err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.apiKey)
	resp, err := c.http.Do(httpReq)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	c.log.InfoContext(ctx, "preauth voided", "preauth_id", preauthID, "status", resp.StatusCode)
	return nil
}
