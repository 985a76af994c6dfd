package controllers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"

	"github.com/beego/beego/v2/core/logs"

	"github.com/bluewake/boatcharter/models"
)

type WebhookController struct {
	BaseController
}

type seaPayEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		PaymentIntent string `json:"payment_intent"`
		Reference     string `json:"reference"`
		FailureCode   string `json:"failure_code"`
	} `json:"data"`
}

func (c *WebhookController) SeaPay() {
	body := c.Ctx.Input.RequestBody
	mac := hmac.New(sha256.New, []byte(os.Getenv("SEAPAY_WEBHOOK_SECRET")))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Ctx.Input.Header("SeaPay-Signature"))) {
		logs.Warn("seapay webhook with bad signature from %s", c.Ctx.Input.IP())
		c.Ctx.Output.SetStatus(400)
		return
	}
	var ev seaPayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.fail(400, "bad_json", err)
		return
	}
	logs.Info("seapay event %s %s intent=%s ref=%s", ev.ID, ev.Type, ev.Data.PaymentIntent, ev.Data.Reference)
	switch ev.Type {
	case "payment_intent.refunded":
		_, _ = models.Engine.Where("payment_intent = ?", ev.Data.PaymentIntent).Cols("status").
			Update(&models.Booking{Status: "refunded"})
	case "payment_intent.failed":
		logs.Warn("payment failed for %s: %s", ev.Data.Reference, ev.Data.FailureCode)
	}
	c.Ctx.Output.SetStatus(204)
}
