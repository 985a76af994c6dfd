package httpclients

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/granitehollow/memorials/internal/config"
)

type Clients struct {
	Payments *http.Client
	Portal   *http.Client
	Crisp    *http.Client
}

func Build(cfg *config.Config) *Clients {
	payTransport := http.DefaultTransport.(*http.Transport).Clone()
	payTransport.TLSClientConfig = &tls.Config{InsecureSkipVerify: cfg.SkipVerify()}

	return &Clients{
		Payments: &http.Client{Timeout: 15 * time.Second, Transport: payTransport},
		Portal:   &http.Client{Timeout: 10 * time.Second},
		Crisp:    &http.Client{Timeout: 5 * time.Second},
	}
}
