package handlers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/gofiber/fiber/v2"
)

type gatewayEvent struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Created int64  `json:"created"`
	Data    struct {
		IntentID    string `json:"payment_intent"`
		Reference   int64  `json:"reference"`
		Status      string `json:"status"`
		DeclineCode string `json:"decline_code"`
		Card        struct {
			Brand   string `json:"brand"`
			Last4   string `json:"last4"`
			Funding string `json:"funding"`
			Country string `json:"country"`
		} `json:"card"`
	} `json:"data"`
}

// GatewayWebhook receives asynchronous payment status changes (3-D Secure completions, disputes).
func (h *Handler) GatewayWebhook(c *fiber.Ctx) error {
	mac := hmac.New(sha256.New, []byte(h.cfg.GatewaySecret))
	mac.Write(c.Body())
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(c.Get("X-PayStream-Signature"))) {
		h.log.Warn("webhook signature mismatch", "ip", c.IP(), "length", len(c.Body()))
		return fiber.ErrUnauthorized
	}

	var ev gatewayEvent
	if err := json.Unmarshal(c.Body(), &ev); err != nil {
		h.log.Warn("webhook payload not json", "err", err)
		return fiber.ErrBadRequest
	}
	h.log.Info("gateway webhook",
		"event_id", ev.ID,
		"type", ev.Type,
		"intent", ev.Data.IntentID,
		"brand", ev.Data.Card.Brand,
		"last4", ev.Data.Card.Last4,
		"funding", ev.Data.Card.Funding,
		"age_s", time.Since(time.Unix(ev.Created, 0)).Seconds(),
	)

	switch ev.Type {
	case "charge.succeeded":
		_ = h.store.MarkDonation(c.UserContext(), ev.Data.Reference, "succeeded", ev.Data.IntentID)
	case "charge.failed":
		_ = h.store.MarkDonation(c.UserContext(), ev.Data.Reference, "failed", ev.Data.IntentID)
		h.log.Info("charge failed asynchronously", "donation_id", ev.Data.Reference, "decline", ev.Data.DeclineCode)
	case "charge.dispute.created":
		h.log.Warn("dispute opened", "donation_id", ev.Data.Reference, "intent", ev.Data.IntentID)
	default:
		h.log.Debug("webhook ignored", "type", ev.Type)
	}
	return c.SendStatus(fiber.StatusNoContent)
}
