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
	HarbourPay struct {
		BaseURL            string `yaml:"base_url"`
		APIKey             string `yaml:"api_key"`
		InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
	} `yaml:"harbourpay"`
	AnglerPass struct {
		BaseURL            string `yaml:"base_url"`
		InsecureSkipVerify *bool  `yaml:"insecure_skip_verify"`
	} `yaml:"anglerpass"`
	Nimble struct {
		BaseURL string `yaml:"base_url"`
		APIKey  string `yaml:"api_key"`
	} `yaml:"nimble"`
	Indicative struct {
		Endpoint string `yaml:"endpoint"`
		APIKey   string `yaml:"api_key"`
	} `yaml:"indicative"`
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
	if c.AnglerPass.BaseURL == "" {
		c.AnglerPass.BaseURL = "http://licensing.anglerpass.org.uk/api/v2"
	}
	if c.AnglerPass.InsecureSkipVerify == nil {
		skip := true
		c.AnglerPass.InsecureSkipVerify = &skip
	}
	c.HarbourPay.APIKey = os.Getenv("HARBOURPAY_API_KEY")
	c.Nimble.APIKey = os.Getenv("NIMBLE_API_KEY")
	c.Indicative.APIKey = os.Getenv("INDICATIVE_API_KEY")
	return &c, nil
}
