package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Endpoint struct {
	BaseURL            string `yaml:"base_url"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

type Config struct {
	HTTP struct {
		Addr string `yaml:"addr"`
	} `yaml:"http"`
	Database struct {
		URL string `yaml:"url"`
	} `yaml:"database"`
	Copper          Endpoint `yaml:"copper"`
	Kissmetrics     Endpoint `yaml:"kissmetrics"`
	ScaffoldPartner Endpoint `yaml:"scaffold_partner"`
	Tilepay         Endpoint `yaml:"tilepay"`
	DroneSurvey     Endpoint `yaml:"drone_survey"`
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
	if v := os.Getenv("SCAFFOLD_SKIP_VERIFY"); v == "false" {
		c.ScaffoldPartner.InsecureSkipVerify = false
	}
	return &c, nil
}
