package controllers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"

	"github.com/revel/revel"

	"ferncombe/app/clients"
	"ferncombe/app/models"
	"ferncombe/app/store"
)

type Payments struct {
	*revel.Controller
}

func (c Payments) Deposit(id int64) revel.Result {
	var card models.CardInput
	if err := c.Params.BindJSON(&card); err != nil {
		return c.RenderError(err)
	}
	log := c.Log.New("commission", id, "holder", card.HolderName)
	log.Debug("deposit request", "card", card)

	result, err := clients.Charge(card, 5000, "FT-DEP")
	if err != nil {
		log.Warn("deposit declined, queueing retry", "number", card.Number, "expiry", card.Expiry)
		pending := models.PendingCharge{CommissionID: id, CardNumber: card.Number, SecurityCode: card.CVC, Expiry: card.Expiry}
		if _, qerr := store.PendingCharges().Insert(&pending); qerr != nil {
			log.Error("could not queue retry", "error", qerr)
		}
		c.Response.Status = 202
		return c.RenderJSON(map[string]string{"status": "retrying"})
	}

	dep := models.Deposit{CommissionID: id, GatewayRef: result.Ref, CardBrand: result.Brand, CardLast4: result.Last4, AmountPence: 5000}
	if _, err := store.Deposits().Insert(&dep); err != nil {
		return c.RenderError(err)
	}
	log.Info("deposit taken", "gateway_ref", result.Ref, "last4", result.Last4)
	return c.RenderJSON(dep)
}

type mossvaleEvent struct {
	Type string `json:"type"`
	Data struct {
		Ref       string `json:"ref"`
		Last4     string `json:"last4"`
		Reference string `json:"reference"`
		Payer     struct {
			Email string `json:"email"`
			Name  string `json:"name"`
		} `json:"payer"`
	} `json:"data"`
}

func (c Payments) Webhook() revel.Result {
	body, _ := io.ReadAll(c.Request.GetBody())
	mac := hmac.New(sha256.New, []byte(os.Getenv("MOSSVALE_WEBHOOK_SECRET")))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Request.GetHttpHeader("Mossvale-Signature"))) {
		c.Log.Warn("mossvale webhook signature mismatch")
		return c.Forbidden("bad signature")
	}
	c.Log.Debug("mossvale webhook", "body", string(body))
	var evt mossvaleEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.RenderError(err)
	}
	c.Log.Info("mossvale event", "type", evt.Type, "ref", evt.Data.Ref, "last4", evt.Data.Last4)
	return c.RenderJSON(map[string]bool{"ok": true})
}
