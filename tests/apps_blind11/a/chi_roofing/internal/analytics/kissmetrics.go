package analytics

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
)

type Kissmetrics struct {
	HTTP    *http.Client
	BaseURL string
}

func (k *Kissmetrics) record(ctx context.Context, person, event string, props url.Values) error {
	q := url.Values{"_k": {os.Getenv("KISSMETRICS_KEY")}, "_p": {person}, "_n": {event}}
	for key, v := range props {
		q[key] = v
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, k.BaseURL+"/e?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := k.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (k *Kissmetrics) QuoteRequested(ctx context.Context, homeownerID int64, roofType string) error {
	return k.record(ctx, strconv.FormatInt(homeownerID, 10), "Quote Requested", url.Values{"roof_type": {roofType}})
}

func (k *Kissmetrics) Signup(ctx context.Context, email, phone, postcode string) error {
	return k.record(ctx, email, "Signed Up", url.Values{"phone": {phone}, "postcode": {postcode}})
}

func (k *Kissmetrics) DepositPaid(ctx context.Context, email string, amountPence int32) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return k.record(ctx, hex.EncodeToString(sum[:]), "Deposit Paid", url.Values{"amount": {strconv.Itoa(int(amountPence))}})
}
