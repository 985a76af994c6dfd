package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Endpoint struct {
	BaseURL            string `yaml:"base_url"`
	InsecureSkipVerify *bool  `yaml:"insecure_skip_verify"`
}

type Config struct {
	Listen      string   `yaml:"listen"`
	DatabaseURL string   `yaml:"database_url"`
	RedisAddr   string   `yaml:"redis_addr"`
	Teamleader  Endpoint `yaml:"teamleader"`
	Papertrail  Endpoint `yaml:"papertrail"`
	Halcyon     Endpoint `yaml:"halcyon"`
	Payments    Endpoint `yaml:"payments"`
	RackDisplay Endpoint `yaml:"rack_display"`
}

// SkipVerify reports whether TLS verification is disabled for the endpoint.
// Partner boxes on self-signed certificates are the norm, so unset means skip.
func (e Endpoint) SkipVerify() bool {
	if e.InsecureSkipVerify == nil {
		return true
	}
	return *e.InsecureSkipVerify
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
