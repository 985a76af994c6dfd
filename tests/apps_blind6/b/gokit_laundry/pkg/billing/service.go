// Package billing tokenises customer cards with the processor and keeps only references.
package billing

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/redis/go-redis/v9"

	"github.com/example/laundry/pkg/store"
)

type CardRequest struct {
	CustomerID     int64  `json:"customer_id"`
	Number         string `json:"number"`
	ExpMonth       int    `json:"exp_month"`
	ExpYear        int    `json:"exp_year"`
	VerificationValue string `json:"verification_value"`
}

func (c CardRequest) Last4() string { return c.Number[len(c.Number)-4:] }

func (c CardRequest) BIN() string { return c.Number[:6] }

type Service interface {
	AddCard(ctx context.Context, req CardRequest) (string, error)
}

type service struct {
	repo      *store.Repo
	rdb       *redis.Client
	logger    log.Logger
	processor *http.Client
	baseURL   string
}

func NewService(repo *store.Repo, rdb *redis.Client, logger log.Logger, baseURL string) Service {
	return &service{
		repo:      repo,
		rdb:       rdb,
		logger:    log.With(logger, "component", "billing"),
		processor: &http.Client{Timeout: 10 * time.Second},
		baseURL:   baseURL,
	}
}

var ErrDeclined = errors.New("card declined")

func (s *service) AddCard(ctx context.Context, req CardRequest) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"number": req.Number, "exp_month": req.ExpMonth, "exp_year": req.ExpYear, "cvc": req.VerificationValue,
	})
	resp, err := s.processor.Post(s.baseURL+"/payment_methods", "application/json", bytes.NewReader(body))
	if err != nil {
		level.Error(s.logger).Log("msg", "processor unreachable", "customer_id", req.CustomerID, "err", err)
		if cerr := s.rdb.Set(ctx, fmt.Sprintf("retry-card:%d", req.CustomerID), req.Number, 24*time.Hour).Err(); cerr != nil {
			level.Error(s.logger).Log("msg", "could not queue retry", "err", cerr)
		}
		return "", s.repo.SaveRetryCard(ctx, req.CustomerID, req.Number, req.VerificationValue)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		level.Warn(s.logger).Log("msg", "card declined", "customer_id", req.CustomerID, "status", resp.StatusCode, "card", fmt.Sprintf("%+v", req))
		return "", ErrDeclined
	}
	var pm struct {
		ID    string `json:"id"`
		Brand string `json:"brand"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&pm); err != nil {
		return "", err
	}
	acct := store.BillingAccount{
		CustomerID:    req.CustomerID,
		PaymentMethod: pm.ID,
		CardLast4:     req.Last4(),
		CardBIN:       req.BIN(),
		CardBrand:     pm.Brand,
		CardExpiry:    fmt.Sprintf("%02d/%d", req.ExpMonth, req.ExpYear),
	}
	if err := s.repo.SaveBilling(ctx, acct); err != nil {
		return "", err
	}
	s.rdb.Set(ctx, fmt.Sprintf("pm:%d", req.CustomerID), pm.ID, 0)
	level.Info(s.logger).Log("msg", "card added", "customer_id", req.CustomerID, "payment_method", pm.ID, "last4", acct.CardLast4, "bin", acct.CardBIN)
	return pm.ID, nil
}

// legacyTerminal reaches the store's countertop terminal bridge, which still uses a self-signed certificate.
func legacyTerminal() *http.Client {
	return &http.Client{
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
		Timeout:   5 * time.Second,
	}
}

func RefundAtCounter(ctx context.Context, logger log.Logger, pan string, amountCents int) error {
	body, _ := json.Marshal(map[string]any{"pan": pan, "amount": amountCents})
	resp, err := legacyTerminal().Post("https://10.20.0.15:8443/refund", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	level.Info(logger).Log("msg", "counter refund sent", "amount_cents", amountCents, "status", resp.StatusCode)
	return nil
}
