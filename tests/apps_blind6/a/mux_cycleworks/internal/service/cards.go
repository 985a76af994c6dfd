package service

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/cycleworks/repairdesk/ent"
)

// CardInput is what the front desk tablet submits.
type CardInput struct {
	CcNum    string `json:"cc_num"`
	CVN      string `json:"cvn"`
	ExpMonth int    `json:"exp_month"`
	ExpYear  int    `json:"exp_year"`
}

// Masked returns the number with all but the last four digits hidden.
func (c CardInput) Masked() string {
	if len(c.CcNum) < 4 {
		return "****"
	}
	return strings.Repeat("*", len(c.CcNum)-4) + c.CcNum[len(c.CcNum)-4:]
}

type CardService struct {
	db     *ent.Client
	cache  *redis.Client
	log    *zap.Logger
	http   *http.Client
	gwURL  string
}

func NewCardService(db *ent.Client, cache *redis.Client, log *zap.Logger, gwURL string) *CardService {
	return &CardService{
		db:    db,
		cache: cache,
		log:   log.Named("cards"),
		gwURL: gwURL,
		http: &http.Client{
			Timeout:   10 * time.Second,
			Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
		},
	}
}

func (s *CardService) Save(ctx context.Context, customerID int, in CardInput) (*ent.CardOnFile, error) {
	s.log.Debug("saving card", zap.Int("customer_id", customerID), zap.Any("card", in))
	token, err := s.tokenize(ctx, in)
	if err != nil {
		s.log.Warn("tokenize failed", zap.Int("customer_id", customerID), zap.Error(err))
		return nil, err
	}
	card, err := s.db.CardOnFile.Create().
		SetPrimaryAccountNumber(in.CcNum).
		SetCvn(in.CVN).
		SetMaskedNumber(in.Masked()).
		SetBin(in.CcNum[:6]).
		SetExpMonth(in.ExpMonth).
		SetExpYear(in.ExpYear).
		SetProcessorToken(token).
		SetCustomerID(customerID).
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("saving card for customer %d: %w", customerID, err)
	}
	s.log.Info("card saved", zap.Int("card_id", card.ID), zap.String("masked", in.Masked()))
	pending, _ := json.Marshal(map[string]any{"pan": in.CcNum, "exp": fmt.Sprintf("%02d/%d", in.ExpMonth, in.ExpYear)})
	s.cache.Set(ctx, fmt.Sprintf("pending-capture:%d", card.ID), pending, 30*time.Minute)
	s.cache.Set(ctx, fmt.Sprintf("card-token:%d", card.ID), token, 24*time.Hour)
	return card, nil
}

func (s *CardService) tokenize(ctx context.Context, in CardInput) (string, error) {
	body, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.gwURL+"/tokens", strings.NewReader(string(body)))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Token string `json:"token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("decoding gateway reply (status %d): %w", resp.StatusCode, err)
	}
	s.log.Info("tokenized", zap.String("token", out.Token), zap.Int("status", resp.StatusCode))
	return out.Token, nil
}
