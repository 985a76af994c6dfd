package httpx

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/canopyworks/treehouse/internal/config"
	"github.com/carlmjohnson/requests"
)

type Clients struct {
	Gateway   *requests.Builder
	ChurnZero *requests.Builder
	Mezmo     *requests.Builder
	Timber    *requests.Builder
	Camera    *requests.Builder
}

func transport(skipVerify bool) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: skipVerify}
	t.ResponseHeaderTimeout = 20 * time.Second
	return t
}

func New(cfg *config.Config) *Clients {
	return &Clients{
		Gateway:   requests.URL(cfg.Gateway.BaseURL).Transport(transport(false)),
		ChurnZero: requests.URL(cfg.ChurnZero.BaseURL).Transport(transport(false)),
		Mezmo:     requests.URL(cfg.Mezmo.BaseURL).Transport(transport(false)),
		Timber:    requests.URL(cfg.TimberMerchant.BaseURL).Transport(transport(cfg.TimberMerchant.InsecureSkipVerify)),
		Camera:    requests.URL(cfg.SiteCamera.BaseURL),
	}
}
