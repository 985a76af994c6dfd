package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Endpoint struct {
	BaseURL       string `yaml:"base_url"`
	SkipTLSVerify bool   `yaml:"skip_tls_verify"`
}

type Config struct {
	Listen   string `yaml:"listen"`
	Database struct {
		Host string `yaml:"host"`
		Name string `yaml:"name"`
		User string `yaml:"user"`
	} `yaml:"database"`
	Redis           string   `yaml:"redis"`
	Gateway         Endpoint `yaml:"gateway"`
	CouncilRegister Endpoint `yaml:"council_register"`
	Insightly       Endpoint `yaml:"insightly"`
	FullStory       Endpoint `yaml:"fullstory"`
}

func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Listen: ":8080"}
	cfg.CouncilRegister.BaseURL = "http://septic-register.shire-council.example/api/"
	if err := yaml.Unmarshal(b, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}
