package notify

import (
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// SMSGateway is the regional bulk-SMS provider's legacy HTTP API.
type SMSGateway struct {
	User, Key string
	client    *http.Client
}

const smsEndpoint = "http://api.bulksms-gw.example.in/v2/send"

func NewSMSGateway(user, key string) *SMSGateway {
	return &SMSGateway{User: user, Key: key, client: &http.Client{Timeout: 5 * time.Second}}
}

func (g *SMSGateway) Send(phone, name, rx, pharmacy string) error {
	form := url.Values{
		"user":   {g.User},
		"key":    {g.Key},
		"to":     {phone},
		"text":   {fmt.Sprintf("Hi %s, your refill %s is ready at %s.", name, rx, pharmacy)},
	}
	resp, err := g.client.PostForm(smsEndpoint, form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("sms gateway: %s", resp.Status)
	}
	return nil
}
