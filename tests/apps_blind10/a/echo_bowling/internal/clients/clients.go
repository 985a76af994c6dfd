package clients

import (
	"crypto/tls"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/strikeline/bowl/internal/config"
)

type Clients struct {
	Lanes   *resty.Client
	League  *resty.Client
	Gateway *resty.Client
}

func New(cfg config.Config) *Clients {
	lanes := resty.New().
		SetBaseURL(cfg.LaneControllerURL).
		SetTimeout(3 * time.Second).
		SetRetryCount(2)

	league := resty.New().
		SetBaseURL(cfg.LeaguePortalURL).
		SetTimeout(10 * time.Second).
		SetTLSClientConfig(&tls.Config{InsecureSkipVerify: cfg.LeaguePortalSkipTLSVerify})

	gateway := resty.New().
		SetBaseURL(cfg.GatewayURL).
		SetAuthToken(cfg.GatewayKey).
		SetTimeout(15 * time.Second).
		SetTLSClientConfig(&tls.Config{MinVersion: tls.VersionTLS12})

	return &Clients{Lanes: lanes, League: league, Gateway: gateway}
}
