package config

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

type Partner struct {
	BaseURL            string `yaml:"base_url"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

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
	Vendors struct {
		Capsule  Partner `yaml:"capsule"`
		SendGrid struct {
			BaseURL string `yaml:"base_url"`
			ListID  string `yaml:"list_id"`
		} `yaml:"sendgrid"`
	} `yaml:"vendors"`
	Partners struct {
		BouncePay      Partner `yaml:"bouncepay"`
		RoutePlanner   Partner `yaml:"routeplanner"`
		CouncilPermits Partner `yaml:"council_permits"`
	} `yaml:"partners"`
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		return nil, fmt.Errorf("parse config: %w", err)
	}
	return &cfg, nil
}
