package handlers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"go.uber.org/zap"

	"github.com/jumpjoy-hire/bookings/internal/logging"
)

type bouncePayEvent struct {
	Type string `json:"type"`
	Data struct {
		PaymentID string `json:"payment_id"`
		HireRef   string `json:"reference"`
		Card      struct {
			Last4 string `json:"last4"`
			Brand string `json:"brand"`
		} `json:"card"`
		Payer struct {
			Name  string `json:"name"`
			Email string `json:"email"`
		} `json:"payer"`
	} `json:"data"`
}

func (a *API) BouncePayWebhook(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("BOUNCEPAY_WEBHOOK_SECRET")))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("BouncePay-Signature"))) {
		log.Warn("webhook signature mismatch", zap.Int("bytes", len(body)))
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev bouncePayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		log.Warn("webhook not json", zap.ByteString("body", body))
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	log.Info("bouncepay event", zap.String("type", ev.Type), zap.String("payment_id", ev.Data.PaymentID),
		zap.String("last4", ev.Data.Card.Last4))
	if ev.Type == "payment.failed" {
		log.Warn("payment failed", zap.String("reference", ev.Data.HireRef), zap.String("payer", ev.Data.Payer.Name),
			zap.String("payer_email", ev.Data.Payer.Email))
	}
	w.WriteHeader(http.StatusNoContent)
}
