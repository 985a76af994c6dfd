package vendors

import (
	"os"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/clearnote/hearing-api/internal/config"
	"github.com/clearnote/hearing-api/internal/httpx"
)

type Clients struct {
	cfg     *config.Config
	tympani *retryablehttp.Client
	vendor  *retryablehttp.Client
	earmold *retryablehttp.Client
	logship *retryablehttp.Client
}

func NewClients(cfg *config.Config) *Clients {
	return &Clients{
		cfg:     cfg,
		tympani: httpx.New(cfg.Tympani.InsecureSkipVerify),
		vendor:  httpx.New(false),
		earmold: httpx.New(cfg.EarMold.InsecureSkipVerify),
		logship: httpx.New(os.Getenv("BETTERSTACK_VERIFY_TLS") != "true"),
	}
}
