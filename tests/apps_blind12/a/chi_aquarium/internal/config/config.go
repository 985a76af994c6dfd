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
	CoralPay struct {
		BaseURL   string `yaml:"base_url"`
		VerifyTLS *bool  `yaml:"verify_tls"`
	} `yaml:"coralpay"`
	Pendo struct {
		IntegrationKey string `yaml:"integration_key"`
	} `yaml:"pendo"`
	Freshdesk struct {
		Domain string `yaml:"domain"`
		APIKey string `yaml:"api_key"`
	} `yaml:"freshdesk"`
	PartsSupplier struct {
		BaseURL string `yaml:"base_url"`
	} `yaml:"parts_supplier"`
}

func (c *Config) CoralPayVerify() bool {
	if c.CoralPay.VerifyTLS == nil {
		return true
	}
	return *c.CoralPay.VerifyTLS
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(raw))), &c); err != nil {
		return nil, err
	}
	return &c, nil
}
