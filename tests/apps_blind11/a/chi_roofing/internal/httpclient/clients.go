package httpclient

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/slateridge/roofing/config"
)

type Clients struct {
	Copper      *http.Client
	Kissmetrics *http.Client
	Scaffold    *http.Client
	Tilepay     *http.Client
	Drone       *http.Client
}

func New(cfg *config.Config) *Clients {
	scaffoldTransport := http.DefaultTransport.(*http.Transport).Clone()
	scaffoldTransport.TLSClientConfig = &tls.Config{InsecureSkipVerify: cfg.ScaffoldPartner.InsecureSkipVerify}

	tilepayTransport := http.DefaultTransport.(*http.Transport).Clone()
	tilepayTransport.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}

	return &Clients{
		Copper:      &http.Client{Timeout: 10 * time.Second},
		Kissmetrics: &http.Client{Timeout: 5 * time.Second},
		Scaffold:    &http.Client{Timeout: 15 * time.Second, Transport: scaffoldTransport},
		Tilepay:     &http.Client{Timeout: 10 * time.Second, Transport: tilepayTransport},
		Drone:       &http.Client{Timeout: 60 * time.Second},
	}
}
