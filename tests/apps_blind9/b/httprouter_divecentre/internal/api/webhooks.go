package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/julienschmidt/httprouter"
)

// ReefPayWebhook handles POST /webhooks/reefpay.
func (d *Deps) ReefPayWebhook(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	raw, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	mac := hmac.New(sha256.New, d.Secret)
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-ReefPay-Signature"))) {
		log.Warn("webhook signature mismatch", "ip", r.RemoteAddr)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	_ = json.Unmarshal(raw, &ev)
	log.Info("reefpay event", "type", ev.Type, "bytes", len(raw))
	if ev.Type == "charge.dispute_opened" {
		log.Warn("dispute opened", "data", string(ev.Data))
	}
	w.WriteHeader(http.StatusNoContent)
}
