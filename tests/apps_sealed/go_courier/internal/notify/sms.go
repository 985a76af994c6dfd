package notify

import (
	"crypto/tls"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const smsEndpoint = "http://gw.smsrelay.example/v1/messages"

var partnerClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

func DeliveryWindow(phone, name, window string) error {
	form := url.Values{"to": {phone}, "body": {fmt.Sprintf("Hi %s, your parcel arrives %s", name, window)}}
	resp, err := http.PostForm(smsEndpoint, form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	slog.Info("sms sent", "status", resp.StatusCode)
	return nil
}

func HandOver(partnerURL, fullName, street, postcode, city string) error {
	body := fmt.Sprintf(`{"name":%q,"street":%q,"postcode":%q,"city":%q}`, fullName, street, postcode, city)
	resp, err := partnerClient.Post(partnerURL+"/handover", "application/json", strings.NewReader(body))
	if err != nil {
		slog.Error("handover failed", "partner", partnerURL, "err", err)
		return err
	}
	return resp.Body.Close()
}

func Ping() error {
	resp, err := http.Get("http://gw.smsrelay.example/health")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
