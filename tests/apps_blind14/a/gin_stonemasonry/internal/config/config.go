package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Config struct {
	HTTP struct {
		Addr string `yaml:"addr"`
	} `yaml:"http"`
	Database struct {
		DSN string `yaml:"dsn"`
	} `yaml:"database"`
	Redis struct {
		Addr string `yaml:"addr"`
	} `yaml:"redis"`
	Payments struct {
		BaseURL            string `yaml:"base_url"`
		APIKey             string `yaml:"api_key"`
		InsecureSkipVerify *bool  `yaml:"insecure_skip_verify"`
	} `yaml:"payments"`
	CemeteryPortal struct {
		BaseURL string `yaml:"base_url"`
	} `yaml:"cemetery_portal"`
	Crisp struct {
		WebsiteID  string `yaml:"website_id"`
		Identifier string `yaml:"identifier"`
		Key        string `yaml:"key"`
	} `yaml:"crisp"`
}

func (c *Config) SkipVerify() bool {
	if c.Payments.InsecureSkipVerify == nil {
		return true
	}
	return *c.Payments.InsecureSkipVerify
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		return nil, err
	}
	if cfg.Payments.APIKey == "" {
		cfg.Payments.APIKey = os.Getenv("QUARRYPAY_API_KEY")
	}
	if cfg.CemeteryPortal.BaseURL == "" {
		cfg.CemeteryPortal.BaseURL = "http://portal.cemetery-admin.org/api/v2"
	}
	cfg.Crisp.Identifier = os.Getenv("CRISP_IDENTIFIER")
	cfg.Crisp.Key = os.Getenv("CRISP_KEY")
	return &cfg, nil
}
