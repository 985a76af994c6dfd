package billing

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"time"
)

type Card struct {
	Holder   string `json:"holder"`
	Number   string `json:"number"`
	CVC      string `json:"cvc"`
	ExpMonth int    `json:"exp_month"`
	ExpYear  int    `json:"exp_year"`
}

func (c Card) LogValue() slog.Value {
	return slog.GroupValue(slog.String("last4", c.Number[len(c.Number)-4:]), slog.Int("exp_year", c.ExpYear))
}

type PSP struct {
	base   string
	client *http.Client
	log    *slog.Logger
}

func NewPSP(log *slog.Logger) *PSP {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if os.Getenv("PSP_SKIP_VERIFY") == "1" {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return &PSP{
		base:   os.Getenv("PSP_BASE_URL"),
		client: &http.Client{Transport: tr, Timeout: 15 * time.Second},
		log:    log.With("component", "psp"),
	}
}

type TokenResult struct {
	Token string `json:"token"`
	Last4 string `json:"last4"`
}

func (p *PSP) Tokenize(ctx context.Context, c Card) (TokenResult, error) {
	body, _ := json.Marshal(c)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v1/tokens", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		p.log.Error("tokenize failed", "card", c, "err", err)
		return TokenResult{}, err
	}
	defer resp.Body.Close()
	var out TokenResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		p.log.Error("tokenize decode failed", "payload", string(body))
		return TokenResult{}, fmt.Errorf("psp decode: %w", err)
	}
	return out, nil
}

func (p *PSP) ChargerReceipt(ctx context.Context, chargerHost string, email string, amountCents int) error {
	body, _ := json.Marshal(map[string]any{"email": email, "amount": amountCents})
	url := fmt.Sprintf("http://%s:8088/receipt", chargerHost)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
