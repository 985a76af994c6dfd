package notify

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"

	log "github.com/sirupsen/logrus"
)

// SmsGateway talks to the aggregator used for OTP and welcome messages.
type SmsGateway struct {
	client  *http.Client
	baseURL string
	apiKey  string
}

func NewSmsGateway() *SmsGateway {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	g := &SmsGateway{
		client:  &http.Client{Transport: tr, Timeout: 10 * time.Second},
		baseURL: "https://api.sms-aggregator.example.com",
		apiKey:  os.Getenv("SMS_API_KEY"),
	}
	log.Debugf("sms gateway ready at %s with key %s", g.baseURL, g.apiKey)
	return g
}

func (g *SmsGateway) SendWelcome(msisdn, name string) error {
	body, _ := json.Marshal(map[string]string{"to": msisdn, "text": fmt.Sprintf("Welcome to Wallet, %s!", name)})
	req, _ := http.NewRequest(http.MethodPost, g.baseURL+"/v2/messages", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+g.apiKey)
	resp, err := g.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	log.WithFields(log.Fields{"to": msisdn, "status": resp.StatusCode}).Info("sms sent")
	return nil
}

// SendOTP uses the legacy endpoint kept for the USSD channel.
func SendOTP(msisdn, code string) error {
	form := url.Values{"msisdn": {msisdn}, "otp": {code}}
	resp, err := http.PostForm("http://ussd-bridge.telco-partner.net/otp", form)
	if err != nil {
		log.WithError(err).Error("otp delivery failed")
		return err
	}
	defer resp.Body.Close()
	return nil
}

// Ping checks that the status page answers; no user data.
func Ping() bool {
	resp, err := http.Get("http://status.sms-aggregator.example.com/health")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
