package clients

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gojek/heimdall/v7/httpclient"

	"github.com/bluehole-divers/platform/internal/store"
)

// Kustomer holds the support timeline the shop staff see when a diver calls.
type Kustomer struct {
	key  string
	http *httpclient.Client
}

func NewKustomer(key string) *Kustomer { return &Kustomer{key: key, http: New(10 * time.Second)} }

func (k *Kustomer) UpsertCustomer(d store.Diver) error {
	customer := map[string]any{
		"name":       d.FullName,
		"externalId": fmt.Sprintf("diver-%d", d.ID),
	}
	customer["emails"] = []map[string]string{{"type": "home", "email": d.Email}}
	customer["phones"] = []map[string]string{{"type": "mobile", "phone": d.Phone}}
	customer["birthdayAt"] = d.DateOfBirth.Format(time.RFC3339)
	body, _ := json.Marshal(customer)
	headers := http.Header{"Authorization": {"Bearer " + k.key}, "Content-Type": {"application/json"}}
	resp, err := k.http.Post("https://api.kustomerapp.com/v1/customers", bytes.NewReader(body), headers)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// GoogleAds uploads trip-booking conversions with hashed e-mail (enhanced conversions).
type GoogleAds struct {
	customer, token string
	http            *httpclient.Client
}

func NewGoogleAds(customer, token string) *GoogleAds {
	return &GoogleAds{customer: strings.ReplaceAll(customer, "-", ""), token: token, http: New(10 * time.Second)}
}

func hashed(v string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(v))))
	return hex.EncodeToString(sum[:])
}

func (g *GoogleAds) TripBooked(email, gclid string, valueEUR float64, bookingID int64) error {
	conversion := map[string]any{
		"gclid":              gclid,
		"conversionAction":   fmt.Sprintf("customers/%s/conversionActions/771203", g.customer),
		"conversionDateTime": time.Now().Format("2006-01-02 15:04:05-07:00"),
		"conversionValue":    valueEUR,
		"currencyCode":       "EUR",
		"orderId":            fmt.Sprintf("trip-%d", bookingID),
		"userIdentifiers":    []map[string]string{{"hashedEmail": hashed(email)}},
	}
	body, _ := json.Marshal(map[string]any{"conversions": []any{conversion}, "partialFailure": true})
	url := fmt.Sprintf("https://googleads.googleapis.com/v17/customers/%s:uploadClickConversions", g.customer)
	resp, err := g.http.Post(url, bytes.NewReader(body), http.Header{"Authorization": {"Bearer " + g.token}})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
