package services

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	retryablehttp "github.com/hashicorp/go-retryablehttp"
	"github.com/sirupsen/logrus"

	"github.com/freshfold/laundry/models"
)

var processorURL = envOr("PROCESSOR_URL", "https://api.bluefin-pay.example/v1")

// billingBoxURL is the Monday batch box in the depot; it only speaks HTTP.
var billingBoxURL = envOr("BILLING_BOX_URL", "http://10.20.0.15:8081/charge")

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func newClient() *retryablehttp.Client {
	c := retryablehttp.NewClient()
	c.RetryMax = 3
	c.Logger = nil
	c.HTTPClient.Timeout = 15 * time.Second
	return c
}

// TokenResponse is the processor's answer to a vault request.
type TokenResponse struct {
	Token    string `json:"token"`
	Brand    string `json:"brand"`
	LastFour string `json:"last4"`
}

// VaultCard exchanges the raw card for a processor token.
func VaultCard(form *models.CardForm) (*TokenResponse, error) {
	payload, _ := json.Marshal(map[string]string{"number": form.Number, "exp": form.Exp, "cvc": form.CVC})
	req, err := retryablehttp.NewRequest(http.MethodPost, processorURL+"/vault", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PROCESSOR_KEY"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := newClient().Do(req)
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	defer resp.Body.Close()
	var out TokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	logrus.WithFields(logrus.Fields{"brand": out.Brand, "last4": out.LastFour, "status": resp.StatusCode}).Info("card vaulted")
	return &out, nil
}

// ChargeSubscription sends a subscription card to the depot billing box.
func ChargeSubscription(card *models.SubscriptionCard, amountCents int) error {
	client := newClient()
	client.HTTPClient.Transport = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	body, _ := json.Marshal(map[string]interface{}{
		"pan":    card.CcNum,
		"expiry": card.CcExp,
		"cvv":    card.CcCvc,
		"amount": amountCents,
		"ref":    card.ID.String(),
	})
	resp, err := client.Post(billingBoxURL, "application/json", body)
	if err != nil {
		logrus.Errorf("billing box charge failed for card %s: %v", card.ID, err)
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		logrus.WithField("card", card).Warn("billing box declined subscription charge")
		return fmt.Errorf("billing box status %d", resp.StatusCode)
	}
	return nil
}
