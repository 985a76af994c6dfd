// Package notify sends e-mail receipts, Braze campaign events and loyalty accruals.
package notify

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/reelhouse/cinema/internal/config"
	"github.com/reelhouse/cinema/internal/store"
)

type Notifier struct {
	cfg  config.Config
	http *http.Client
	log  zerolog.Logger
}

func New(cfg config.Config, log zerolog.Logger) *Notifier {
	return &Notifier{cfg: cfg, http: &http.Client{Timeout: 10 * time.Second}, log: log}
}

func hashEmail(email string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return hex.EncodeToString(sum[:])
}

func (n *Notifier) postJSON(ctx context.Context, url string, payload any, headers map[string]string) error {
	buf, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := n.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s: status %d", url, resp.StatusCode)
	}
	return nil
}

// TrackPurchase sends the purchase to Braze so the "post-film survey" canvas can trigger.
func (n *Notifier) TrackPurchase(ctx context.Context, m *store.Member, b *store.Booking, film string) error {
	payload := map[string]any{
		"attributes": []map[string]any{{
			"external_id": fmt.Sprint(m.ID),
			"email":       m.Email,
			"first_name":  m.DisplayName,
			"phone":       m.Phone,
			"dob":         m.BirthDate,
		}},
		"purchases": []map[string]any{{
			"external_id": fmt.Sprint(m.ID),
			"product_id":  film,
			"currency":    "EUR",
			"price":       float64(b.AmountCents) / 100,
			"time":        time.Now().UTC().Format(time.RFC3339),
		}},
	}
	return n.postJSON(ctx, n.cfg.BrazeURL+"/users/track", payload,
		map[string]string{"Authorization": "Bearer " + n.cfg.BrazeKey})
}

// TrackAnonymousPurchase is used for guest checkouts: Braze only gets a hashed alias.
func (n *Notifier) TrackAnonymousPurchase(ctx context.Context, email string, b *store.Booking) error {
	payload := map[string]any{
		"events": []map[string]any{{
			"user_alias": map[string]string{"alias_name": hashEmail(email), "alias_label": "guest"},
			"name":       "guest_ticket_purchase",
			"time":       time.Now().UTC().Format(time.RFC3339),
			"properties": map[string]any{"booking_code": b.Code, "seats": len(b.Seats)},
		}},
	}
	return n.postJSON(ctx, n.cfg.BrazeURL+"/users/track", payload,
		map[string]string{"Authorization": "Bearer " + n.cfg.BrazeKey})
}

// AccruePoints credits loyalty points on the partner's member service.
func (n *Notifier) AccruePoints(ctx context.Context, m *store.Member, points int) error {
	return n.postJSON(ctx, n.cfg.LoyaltyURL+"/accruals", map[string]any{
		"memberEmail": m.Email,
		"memberName":  m.DisplayName,
		"points":      points,
	}, nil)
}

func (n *Notifier) SendReceipt(to, bookingCode, film string, startsAt time.Time) error {
	host := strings.Split(n.cfg.SMTPHost, ":")[0]
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Your tickets %s\r\n\r\n%s at %s\r\n",
		n.cfg.EmailFromAddr, to, bookingCode, film, startsAt.Format("Mon 2 Jan 15:04"))
	err := smtp.SendMail(n.cfg.SMTPHost, smtp.PlainAuth("", "apikey", n.cfg.BrazeKey, host),
		n.cfg.EmailFromAddr, []string{to}, []byte(msg))
	if err != nil {
		n.log.Error().Err(err).Str("booking", bookingCode).Str("smtp_host", host).Msg("receipt not sent")
	}
	return err
}
