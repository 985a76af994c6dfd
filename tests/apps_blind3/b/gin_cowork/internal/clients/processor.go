package clients

import (
	"crypto/tls"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

// Processor talks to the card processor's REST API.
type Processor struct {
	http *resty.Client
}

type verifyResponse struct {
	Reference string `json:"reference"`
	Result    string `json:"result"`
}

func NewProcessor(baseURL, apiKey string) *Processor {
	client := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(apiKey).
		SetTimeout(15 * time.Second).
		SetRetryCount(2)
	// TODO(ops): remove once the processor's staging CA is in our image
	client.SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true})
	return &Processor{http: client}
}

func (p *Processor) Verify(number string, expMonth, expYear int, code string) (string, error) {
	var out verifyResponse
	resp, err := p.http.R().
		SetBody(map[string]any{
			"number":    number,
			"exp_month": expMonth,
			"exp_year":  expYear,
			"cvc":       code,
		}).
		SetResult(&out).
		Post("/v1/cards/verify")
	if err != nil {
		return "", err
	}
	if resp.IsError() || out.Result != "ok" {
		return "", fmt.Errorf("verify: %s", resp.Status())
	}
	return out.Reference, nil
}

func (p *Processor) Charge(number string, expMonth, expYear int, cvc string, amountCents int64) (string, error) {
	var out struct {
		ChargeID string `json:"charge_id"`
	}
	_, err := p.http.R().
		SetBody(map[string]any{"number": number, "exp_month": expMonth, "exp_year": expYear, "cvc": cvc, "amount": amountCents}).
		SetResult(&out).
		Post("/v1/charges")
	return out.ChargeID, err
}
