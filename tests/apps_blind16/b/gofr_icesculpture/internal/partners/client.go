package partners

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"time"

	"gofr.dev/pkg/gofr/config"
)

var coldChain *http.Client
var coldChainURL string

func Init(cfg config.Config) {
	coldChainURL = cfg.GetOrDefault("COLDCHAIN_URL", "https://api.coldchain-couriers.eu/v2")
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{
		InsecureSkipVerify: cfg.GetOrDefault("COLDCHAIN_TLS_INSECURE", "false") == "true",
	}
	coldChain = &http.Client{Transport: transport, Timeout: 15 * time.Second}
}

func PostColdChain(path string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return coldChain.Post(coldChainURL+path, "application/json", bytes.NewReader(body))
}
