package clients

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/bluehole-divers/platform/internal/store"
)

// Gateway talks to ReefPay.
type Gateway struct {
	base string
	key  string
	http interface {
		Post(url string, body *bytes.Reader, headers http.Header) (*http.Response, error)
	}
}

type ChargeResult struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	Token       string `json:"token"`
	Last4       string `json:"last4"`
	DeclineCode string `json:"decline_code"`
}

func NewGateway(base, key string) *Gateway {
	return &Gateway{base: base, key: key, http: newPoster(15 * time.Second)}
}

func (g *Gateway) Charge(amountPence int, ref string, card store.CardInput, capture bool) (ChargeResult, error) {
	body, _ := json.Marshal(map[string]any{
		"amount": amountPence, "currency": "EUR", "reference": ref, "capture": capture,
		"card": map[string]string{"number": card.Number, "expiry": card.Expiry, "cvv": card.CVV, "holder": card.Holder},
	})
	headers := http.Header{"Authorization": {"Bearer " + g.key}, "Content-Type": {"application/json"}}
	resp, err := g.http.Post(g.base+"/charges", bytes.NewReader(body), headers)
	if err != nil {
		return ChargeResult{}, err
	}
	defer resp.Body.Close()
	var out ChargeResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return out, fmt.Errorf("gateway: %w", err)
	}
	return out, nil
}
