package internal

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/getsentry/sentry-go"
	"github.com/segmentio/analytics-go/v3"
)

// InitSentry sets up error reporting for the payments service.
func InitSentry(dsn string) error {
	return sentry.Init(sentry.ClientOptions{Dsn: dsn, SendDefaultPII: true}) // expect: pii_to_third_party
}

// TrackSignup reports a new customer to analytics and the partner CRM.
func TrackSignup(client analytics.Client, c Customer) error {
	client.Enqueue(analytics.Identify{UserId: c.ID, Traits: analytics.NewTraits().SetEmail(c.Email).SetName(c.FullName)}) // expect: pii_to_third_party
	client.Enqueue(analytics.Track{UserId: c.ID, Event: "Signed Up", Properties: analytics.NewProperties().Set("plan", c.Plan)})
	body, err := json.Marshal(map[string]string{"email": c.Email, "phone": c.Phone})
	if err != nil {
		return err
	}
	if _, err := http.Post("http://partner-crm.example.com/leads", "application/json", bytes.NewReader(body)); err != nil { // expect: insecure_transport
		return err
	}
	_, err = http.Post("https://crm.example.com/leads", "application/json", bytes.NewReader(body))
	return err
}
