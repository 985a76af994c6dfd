package config

import (
	"os"

	"github.com/BurntSushi/toml"
)

type Endpoint struct {
	BaseURL            string `toml:"base_url"`
	IngestURL          string `toml:"ingest_url"`
	CampaignID         string `toml:"campaign_id"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
}

type Config struct {
	Server      struct{ Addr string } `toml:"server"`
	Database    struct{ DSN string }  `toml:"database"`
	Tympani     Endpoint              `toml:"tympani"`
	GetResponse Endpoint              `toml:"getresponse"`
	HelpScout   Endpoint              `toml:"helpscout"`
	BetterStack Endpoint              `toml:"betterstack"`
	EarMold     Endpoint              `toml:"earmold"`
}

func Load() (*Config, error) {
	path := os.Getenv("CLEARNOTE_CONFIG")
	if path == "" {
		path = "config/config.toml"
	}
	cfg := &Config{}
	cfg.EarMold.BaseURL = "http://orders.earmold-lab.example/api"
	if _, err := toml.DecodeFile(path, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}
