package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/slateridge/roofing/internal/logging"
)

func (s *Server) tilepayWebhook(w http.ResponseWriter, r *http.Request) {
	log := logging.Ctx(r.Context())
	raw, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(os.Getenv("TILEPAY_WEBHOOK_SECRET")))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Tilepay-Signature"))) {
		log.Warn().Str("remote_ip", r.RemoteAddr).Msg("tilepay signature mismatch")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var evt struct {
		ID   string          `json:"id"`
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	_ = json.Unmarshal(raw, &evt)
	log.Info().Str("event_id", evt.ID).Str("type", evt.Type).Msg("tilepay event")
	if evt.Type == "dispute.opened" {
		log.Warn().RawJSON("data", evt.Data).Msg("dispute opened")
	}
	w.WriteHeader(http.StatusNoContent)
}
