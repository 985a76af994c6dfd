package clients

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/gojek/heimdall/v7"
	"github.com/gojek/heimdall/v7/httpclient"
	"github.com/revel/revel"
)

func newClient(insecure bool, timeout time.Duration) *httpclient.Client {
	transport := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: insecure}}
	backoff := heimdall.NewConstantBackoff(500*time.Millisecond, 100*time.Millisecond)
	return httpclient.NewClient(
		httpclient.WithHTTPTimeout(timeout),
		httpclient.WithRetryCount(2),
		httpclient.WithRetrier(heimdall.NewRetrier(backoff)),
		httpclient.WithHTTPClient(&http.Client{Transport: transport, Timeout: timeout}),
	)
}

var (
	Mailgun *httpclient.Client
	Close   *httpclient.Client
	Tannery *httpclient.Client
	Gateway *httpclient.Client
)

func Init() {
	Mailgun = newClient(false, 10*time.Second)
	Close = newClient(revel.Config.BoolDefault("close.insecure_skip_verify", false), 10*time.Second)
	Tannery = newClient(revel.Config.BoolDefault("tannery.insecure_skip_verify", false), 20*time.Second)
	Gateway = newClient(false, 8*time.Second)
}
