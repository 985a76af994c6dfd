package handlers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"

	"github.com/apex/log"
	"github.com/kataras/iris/v12"

	"github.com/harbourvans/removals/internal/models"
)

type gatewayEvent struct {
	ID   string          `json:"id"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func (h *Handler) GatewayWebhook(ctx iris.Context) {
	raw, err := ctx.GetBody()
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("GATEWAY_WEBHOOK_SECRET")))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(ctx.GetHeader("X-PayHarbour-Signature"))) {
		log.WithField("remote_ip", ctx.RemoteAddr()).Warn("webhook signature mismatch")
		ctx.StopWithStatus(iris.StatusUnauthorized)
		return
	}
	var ev gatewayEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	log.WithFields(log.Fields{"event_id": ev.ID, "type": ev.Type}).Info("gateway webhook")

	switch ev.Type {
	case "card.expiring":
		var d struct {
			Token string `json:"token"`
			Last4 string `json:"last4"`
		}
		_ = json.Unmarshal(ev.Data, &d)
		n, _ := h.DB.Model((*models.CardOnFile)(nil)).Where("gateway_token = ?", d.Token).Count()
		log.WithFields(log.Fields{"last4": d.Last4, "cards": n}).Info("card expiring soon")
	case "payment.failed":
		log.WithField("payload", string(raw)).Warn("payment failed event")
	}
	ctx.StatusCode(iris.StatusNoContent)
}
