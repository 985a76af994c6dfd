package services

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"
)

type SeaPay struct {
	baseURL string
	apiKey  string
	client  *http.Client
}

type ChargeResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Brand  string `json:"brand"`
	Last4  string `json:"last4"`
}

func NewSeaPay() *SeaPay {
	baseURL, _ := web.AppConfig.String("gateway_url")
	key, _ := web.AppConfig.String("gateway_key")
	skip, _ := web.AppConfig.Bool("gateway_skip_verify")
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: skip},
		MaxIdleConnsPerHost: 4,
	}
	return &SeaPay{baseURL: baseURL, apiKey: key, client: &http.Client{Transport: transport, Timeout: 15 * time.Second}}
}

func (s *SeaPay) post(path string, body interface{}, out interface{}) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, _ := http.NewRequest(http.MethodPost, s.baseURL+path, bytes.NewReader(buf))
	req.Header.Set("Authorization", "Bearer "+s.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("seapay %s: status %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// ChargeIntent confirms a payment intent created by the booking page's card element.
func (s *SeaPay) ChargeIntent(paymentMethod string, amountPence int64, reference string) (*ChargeResult, error) {
	var res ChargeResult
	err := s.post("/payment_intents", map[string]interface{}{
		"payment_method": paymentMethod, "amount": amountPence, "currency": "gbp", "reference": reference,
	}, &res)
	if err != nil {
		logs.Warn("intent for %s failed: %v", reference, err)
		return nil, err
	}
	logs.Info("booking %s charged intent=%s brand=%s last4=%s", reference, res.ID, res.Brand, res.Last4)
	return &res, nil
}

// ChargeDeposit keys the stored damage-deposit card when a claim is raised.
func (s *SeaPay) ChargeDeposit(pan string, expMonth, expYear int, cvn string, amountPence int64, ref string) (*ChargeResult, error) {
	var res ChargeResult
	body := map[string]interface{}{
		"card":   map[string]interface{}{"number": pan, "exp_month": expMonth, "exp_year": expYear, "cvc": cvn},
		"amount": amountPence, "currency": "gbp", "reference": ref, "moto": true,
	}
	if err := s.post("/charges", body, &res); err != nil {
		logs.Error("damage charge %s failed (card %s, %02d/%d): %v", ref, pan, expMonth, expYear, err)
		return nil, err
	}
	return &res, nil
}
