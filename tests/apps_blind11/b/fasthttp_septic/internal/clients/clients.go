package clients

import (
	"crypto/tls"
	"net/http"
	"os"
	"time"

	"github.com/dghubble/sling"

	"github.com/sludgeline/tankroute/internal/config"
)

type Set struct {
	Gateway   *sling.Sling
	Council   *sling.Sling
	Insightly *sling.Sling
	FullStory *sling.Sling
}

func httpClient(skipVerify bool) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: skipVerify}
	return &http.Client{Transport: tr, Timeout: 15 * time.Second}
}

func New(cfg *config.Config) *Set {
	return &Set{
		Gateway: sling.New().Client(httpClient(false)).Base(cfg.Gateway.BaseURL).
			Set("Authorization", "Bearer "+os.Getenv("DRAINPAY_KEY")),
		Council: sling.New().Client(httpClient(false)).Base(cfg.CouncilRegister.BaseURL),
		Insightly: sling.New().Client(httpClient(cfg.Insightly.SkipTLSVerify)).Base(cfg.Insightly.BaseURL).
			SetBasicAuth(os.Getenv("INSIGHTLY_API_KEY"), ""),
		FullStory: sling.New().Client(httpClient(false)).Base(cfg.FullStory.BaseURL).
			Set("Authorization", "Basic "+os.Getenv("FULLSTORY_API_KEY")),
	}
}
