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
	Log struct {
		Level string `yaml:"level"`
	} `yaml:"log"`
	Gateway struct {
		BaseURL            string `yaml:"base_url"`
		APIKey             string `yaml:"api_key"`
		InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
	} `yaml:"gateway"`
	SiteController struct {
		BaseURL string `yaml:"base_url"`
	} `yaml:"site_controller"`
	Haulier struct {
		BaseURL    string `yaml:"base_url"`
		VerifyTLS  *bool  `yaml:"verify_tls"`
	} `yaml:"haulier"`
	LoyaltyLion struct {
		Token  string `yaml:"token"`
		Secret string `yaml:"secret"`
	} `yaml:"loyaltylion"`
	BetterStack struct {
		SourceToken string `yaml:"source_token"`
	} `yaml:"betterstack"`
}

// HaulierVerifyTLS defaults to false: the haulier's booking API still serves a self-signed chain.
func (c *Config) HaulierVerifyTLS() bool {
	if c.Haulier.VerifyTLS == nil {
		return false
	}
	return *c.Haulier.VerifyTLS
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := yaml.Unmarshal(raw, &c); err != nil {
		return nil, err
	}
	return &c, nil
}
