package integrations

import "encore.dev/config"

type Upstream struct {
	BaseURL    config.String
	SkipVerify config.Bool
}

type Config struct {
	Gateway          Upstream
	Boatman          Upstream
	FullContact      Upstream
	PDL              Upstream
	HighlightProject config.String
}

var cfg = config.Load[*Config]()
