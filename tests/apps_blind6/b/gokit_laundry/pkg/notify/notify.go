// Package notify sends lifecycle events to Customer.io and SMS reminders.
package notify

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"

	"github.com/example/laundry/pkg/store"
)

type Notifier struct {
	SiteID    string
	APIKey    string
	SMSBridge string
	Logger    log.Logger
	HTTP      *http.Client
}

func (n *Notifier) Identify(ctx context.Context, c store.Customer) error {
	body, _ := json.Marshal(map[string]any{
		"email":      c.Email,
		"name":       c.FullName,
		"phone":      c.Phone,
		"postcode":   c.Postcode,
		"created_at": 0,
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPut,
		fmt.Sprintf("https://track.customer.io/api/v1/customers/%d", c.ID), bytes.NewReader(body))
	req.SetBasicAuth(n.SiteID, n.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.HTTP.Do(req)
	if err != nil {
		level.Error(n.Logger).Log("msg", "customer.io identify failed", "customer_id", c.ID, "err", err)
		return err
	}
	resp.Body.Close()
	return nil
}

func hashEmail(e string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(e))))
	return hex.EncodeToString(sum[:])
}

func (n *Notifier) PickupCompleted(ctx context.Context, c store.Customer, pickupID int64, bags int) error {
	body, _ := json.Marshal(map[string]any{
		"name": "pickup_completed",
		"data": map[string]any{"pickup_id": pickupID, "bags": bags, "email_sha256": hashEmail(c.Email)},
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost,
		fmt.Sprintf("https://track.customer.io/api/v1/customers/%d/events", c.ID), bytes.NewReader(body))
	req.SetBasicAuth(n.SiteID, n.APIKey)
	resp, err := n.HTTP.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	level.Debug(n.Logger).Log("msg", "event sent", "event", "pickup_completed", "pickup_id", pickupID)
	return nil
}

func (n *Notifier) TextDriverETA(ctx context.Context, c store.Customer, eta string) error {
	body, _ := json.Marshal(map[string]string{"to": c.Phone, "text": "Your driver arrives at " + eta})
	resp, err := n.HTTP.Post("http://"+n.SMSBridge+"/send", "application/json", bytes.NewReader(body))
	if err != nil {
		level.Warn(n.Logger).Log("msg", "sms bridge error", "customer_id", c.ID, "bridge", n.SMSBridge, "err", err)
		return err
	}
	resp.Body.Close()
	return nil
}
