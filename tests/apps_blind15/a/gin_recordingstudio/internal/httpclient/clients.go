package httpclient

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/bluefader/studio-api/internal/config"
)

type Clients struct {
	CRM         *http.Client
	Papertrail  *http.Client
	Halcyon     *http.Client
	Payments    *http.Client
	RackDisplay *http.Client
}

func New(cfg *config.Config) *Clients {
	base := http.DefaultTransport.(*http.Transport)

	partner := base.Clone()
	partner.TLSClientConfig = &tls.Config{InsecureSkipVerify: cfg.Halcyon.SkipVerify()}

	payments := base.Clone()
	payments.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}

	return &Clients{
		CRM:         &http.Client{Timeout: 10 * time.Second},
		Papertrail:  &http.Client{Timeout: 5 * time.Second},
		Halcyon:     &http.Client{Timeout: 15 * time.Second, Transport: partner},
		Payments:    &http.Client{Timeout: 10 * time.Second, Transport: payments},
		RackDisplay: &http.Client{Timeout: 2 * time.Second},
	}
}
