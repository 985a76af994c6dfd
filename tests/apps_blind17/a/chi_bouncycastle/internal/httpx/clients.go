package httpx

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/jumpjoy-hire/bookings/internal/config"
)

type Clients struct {
	Capsule      *http.Client
	SendGrid     *http.Client
	BouncePay    *http.Client
	RoutePlanner *http.Client
}

func newClient(p config.Partner, timeout time.Duration) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: p.InsecureSkipVerify,
	}
	return &http.Client{Transport: tr, Timeout: timeout}
}

func New(cfg *config.Config) *Clients {
	return &Clients{
		Capsule:      newClient(cfg.Vendors.Capsule, 10*time.Second),
		SendGrid:     &http.Client{Timeout: 10 * time.Second},
		BouncePay:    newClient(cfg.Partners.BouncePay, 20*time.Second),
		RoutePlanner: newClient(cfg.Partners.RoutePlanner, 10*time.Second),
	}
}
