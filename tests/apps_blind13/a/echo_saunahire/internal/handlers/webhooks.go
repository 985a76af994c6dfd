package handlers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"

	"github.com/emberhut/sauna-api/internal/logging"
)

type birchpayEvent struct {
	Type string `json:"type"`
	Data struct {
		Reference string `json:"reference"`
		Last4     string `json:"last4"`
		Billing   struct {
			Name  string `json:"name"`
			Email string `json:"email"`
		} `json:"billing"`
	} `json:"data"`
}

func (a *API) BirchpayWebhook(c echo.Context) error {
	log := logging.From(c.Request().Context())
	raw, _ := io.ReadAll(c.Request().Body)
	mac := hmac.New(sha256.New, []byte(a.Cfg.Gateway.APIKey))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Request().Header.Get("Birch-Signature"))) {
		log.Warn("birchpay signature mismatch")
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	var ev birchpayEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		log.Warnf("unparseable birchpay webhook: %s", raw)
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	log.WithFields(logrus.Fields{"type": ev.Type, "reference": ev.Data.Reference, "last4": ev.Data.Last4}).Info("birchpay event")
	if ev.Type == "dispute.opened" {
		log.WithFields(logrus.Fields{"reference": ev.Data.Reference, "cardholder": ev.Data.Billing.Name, "cardholder_email": ev.Data.Billing.Email}).Warn("dispute opened")
	}
	return c.NoContent(http.StatusOK)
}
