package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/phuslu/log"
	"github.com/uptrace/bunrouter"
)

type gatewayEvent struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	BuildID string `json:"build_id"`
	Payer   struct {
		Name  string `json:"name"`
		Email string `json:"email"`
		Phone string `json:"phone"`
	} `json:"payer"`
}

func (a *API) gatewayHook(w http.ResponseWriter, req bunrouter.Request) error {
	raw, err := io.ReadAll(req.Body)
	if err != nil {
		return err
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("BOUGHPAY_WEBHOOK_SECRET")))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(req.Header.Get("X-Boughpay-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return nil
	}
	var ev gatewayEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		return err
	}
	switch ev.Type {
	case "deposit.failed":
		log.Warn().RawJSON("event", raw).Msg("deposit failed")
		_ = a.Mezmo.PaymentFailed(req.Context(), ev.BuildID, ev.Payer.Email, ev.Payer.Phone)
	case "deposit.succeeded":
		_ = a.ChurnZero.TrackEvent(req.Context(), 0, "deposit_paid", 1)
		log.Info().Str("event_id", ev.ID).Str("build", ev.BuildID).Msg("deposit paid")
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
