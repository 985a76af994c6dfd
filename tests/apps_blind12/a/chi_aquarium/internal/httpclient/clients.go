package httpclient

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/reefwright/servicedesk/internal/config"
)

type Clients struct {
	CoralPay *http.Client
	Vendors  *http.Client
	Parts    *http.Client
	Sensors  *http.Client
}

func New(cfg *config.Config) *Clients {
	coral := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: !cfg.CoralPayVerify()},
	}
	return &Clients{
		CoralPay: &http.Client{Timeout: 20 * time.Second, Transport: coral},
		Vendors:  &http.Client{Timeout: 5 * time.Second},
		Parts:    &http.Client{Timeout: 10 * time.Second},
		Sensors: &http.Client{
			Timeout: 10 * time.Second,
			Transport: &http.Transport{
				// the sensor hub uses a self-signed certificate on site
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
			},
		},
	}
}
