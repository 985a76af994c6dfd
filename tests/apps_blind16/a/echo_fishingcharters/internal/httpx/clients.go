package httpx

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/saltline/charters/internal/config"
)

type Clients struct {
	HarbourPay *http.Client
	AnglerPass *http.Client
	Vendors    *http.Client
}

func New(cfg *config.Config) *Clients {
	return &Clients{
		HarbourPay: &http.Client{
			Timeout: 10 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: cfg.HarbourPay.InsecureSkipVerify},
			},
		},
		AnglerPass: &http.Client{
			Timeout: 15 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{InsecureSkipVerify: *cfg.AnglerPass.InsecureSkipVerify},
			},
		},
		Vendors: &http.Client{Timeout: 8 * time.Second},
	}
}
