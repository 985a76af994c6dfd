package handlers

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"

	"github.com/apex/log"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/forkandfield/mealkits/internal/models"
	"github.com/go-pg/pg/v10"
)

type Webhooks struct{ DB *pg.DB }

type gatewayEvent struct {
	ID   string          `json:"id"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func (h *Webhooks) Gateway(ctx context.Context, c *app.RequestContext) {
	body := c.Request.Body()
	mac := hmac.New(sha256.New, []byte(os.Getenv("GATEWAY_WEBHOOK_SECRET")))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), c.GetHeader("Tillwise-Signature")) {
		log.WithField("ip", c.ClientIP()).Warn("webhook signature mismatch")
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev gatewayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	log.WithFields(log.Fields{"event": ev.ID, "type": ev.Type}).Info("gateway webhook")

	switch ev.Type {
	case "payment_method.updated":
		var pm struct {
			Token string `json:"id"`
			Last4 string `json:"last4"`
			Exp   [2]int `json:"exp"`
		}
		_ = json.Unmarshal(ev.Data, &pm)
		_, err := h.DB.ModelContext(ctx, (*models.PaymentProfile)(nil)).
			Set("card_last4 = ?, exp_month = ?, exp_year = ?", pm.Last4, pm.Exp[0], pm.Exp[1]).
			Where("gateway_token = ?", pm.Token).Update()
		if err != nil {
			log.WithError(err).Error("updating payment profile from webhook")
		}
	case "payment_method.expired":
		var pm struct{ Token string `json:"id"` }
		_ = json.Unmarshal(ev.Data, &pm)
		_, _ = h.DB.ModelContext(ctx, (*models.PaymentProfile)(nil)).
			Set("card_cvc = NULL").Where("gateway_token = ?", pm.Token).Update()
	default:
		log.Debugf("unhandled webhook %s: %s", ev.Type, string(ev.Data))
	}
	c.Status(http.StatusOK)
}
