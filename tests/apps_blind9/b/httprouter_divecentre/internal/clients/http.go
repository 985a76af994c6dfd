package clients

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/gojek/heimdall/v7"
	"github.com/gojek/heimdall/v7/httpclient"
)

// New returns a heimdall client with the shop's usual retry policy.
func New(timeout time.Duration) *httpclient.Client {
	backoff := heimdall.NewExponentialBackoff(200*time.Millisecond, 3*time.Second, 2.0, 100*time.Millisecond)
	return httpclient.NewClient(
		httpclient.WithHTTPTimeout(timeout),
		httpclient.WithRetryCount(2),
		httpclient.WithRetrier(heimdall.NewRetrier(backoff)),
	)
}

// NewWithTLS is New with a custom TLS configuration, for partners with private certificates.
func NewWithTLS(timeout time.Duration, skipVerify bool) *httpclient.Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: skipVerify, MinVersion: tls.VersionTLS12}
	return httpclient.NewClient(
		httpclient.WithHTTPTimeout(timeout),
		httpclient.WithRetryCount(2),
		httpclient.WithHTTPClient(&http.Client{Transport: transport, Timeout: timeout}),
	)
}
