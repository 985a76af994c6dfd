package internal

import (
	"crypto/tls"
	"encoding/json"
	"log"
	"net/http"

	"go.uber.org/zap"
)

func Charge(w http.ResponseWriter, r *http.Request, logger *zap.Logger) {
	var req ChargeRequest
	_ = json.NewDecoder(r.Body).Decode(&req)
	log.Printf("charge for %s", req.Email) // expect: pii_logging
	logger.Info("charge", zap.String("card", req.CardNumber)) // expect: card_data_logging
	logger.Info("charge", zap.Int("cvvLen", len(req.CVV)))
	log.Printf("charging card ending %s", maskPAN(req.CardNumber))
	log.Printf("request id %s", r.Header.Get("X-Request-Id"))
}

func client() *http.Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // expect: insecure_transport
	return &http.Client{Transport: tr}
}
