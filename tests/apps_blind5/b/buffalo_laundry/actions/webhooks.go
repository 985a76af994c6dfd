package actions

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/pop/v6"
	"github.com/sirupsen/logrus"

	"github.com/freshfold/laundry/models"
)

type processorEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Token      string `json:"token"`
		LastFour   string `json:"last4"`
		ExpMonth   int    `json:"exp_month"`
		ExpYear    int    `json:"exp_year"`
		ChargeID   string `json:"charge_id"`
		FailReason string `json:"failure_reason"`
	} `json:"data"`
}

// ProcessorWebhook handles card lifecycle events from the processor.
func ProcessorWebhook(c buffalo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<20))
	if err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("PROCESSOR_WEBHOOK_SECRET")))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Request().Header.Get("X-Signature"))) {
		logrus.WithField("ip", c.Request().RemoteAddr).Warn("processor webhook signature mismatch")
		return c.Error(http.StatusUnauthorized, nil)
	}
	var ev processorEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.Error(http.StatusBadRequest, err)
	}
	log := logrus.WithFields(logrus.Fields{"event_id": ev.ID, "type": ev.Type})
	tx := c.Value("tx").(*pop.Connection)

	switch ev.Type {
	case "card.updated":
		card := &models.PaymentCard{}
		if err := tx.Where("processor_token = ?", ev.Data.Token).First(card); err != nil {
			log.Info("card.updated for unknown token")
			return c.Render(http.StatusOK, nil)
		}
		card.LastFour = ev.Data.LastFour
		card.ExpMonth = ev.Data.ExpMonth
		card.ExpYear = ev.Data.ExpYear
		if err := tx.Update(card); err != nil {
			return err
		}
		log.WithField("card_id", card.ID).Info("card details refreshed")
	case "charge.failed":
		log.WithFields(logrus.Fields{"charge": ev.Data.ChargeID, "reason": ev.Data.FailReason}).Warn("charge failed")
	default:
		log.Debug("event ignored")
	}
	return c.Render(http.StatusOK, nil)
}
