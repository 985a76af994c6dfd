package httpclients

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/emberhut/sauna-api/internal/config"
)

type Clients struct {
	Gateway        *http.Client
	SiteController *http.Client
	Haulier        *http.Client
	Vendors        *http.Client
}

func New(cfg *config.Config) *Clients {
	gwTransport := http.DefaultTransport.(*http.Transport).Clone()
	gwTransport.TLSClientConfig = &tls.Config{InsecureSkipVerify: cfg.Gateway.InsecureSkipVerify, MinVersion: tls.VersionTLS12}

	haulTransport := http.DefaultTransport.(*http.Transport).Clone()
	haulTransport.TLSClientConfig = &tls.Config{InsecureSkipVerify: !cfg.HaulierVerifyTLS()}

	return &Clients{
		Gateway:        &http.Client{Transport: gwTransport, Timeout: 20 * time.Second},
		SiteController: &http.Client{Timeout: 5 * time.Second},
		Haulier:        &http.Client{Transport: haulTransport, Timeout: 15 * time.Second},
		Vendors:        &http.Client{Timeout: 10 * time.Second},
	}
}
