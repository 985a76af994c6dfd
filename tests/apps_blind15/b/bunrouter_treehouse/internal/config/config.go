package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Endpoint struct {
	BaseURL            string `yaml:"base_url"`
	AppKey             string `yaml:"app_key"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

type Config struct {
	Listen         string   `yaml:"listen"`
	DatabaseDSN    string   `yaml:"database_dsn"`
	RedisAddr      string   `yaml:"redis_addr"`
	LogFile        string   `yaml:"log_file"`
	Gateway        Endpoint `yaml:"gateway"`
	ChurnZero      Endpoint `yaml:"churnzero"`
	Mezmo          Endpoint `yaml:"mezmo"`
	TimberMerchant Endpoint `yaml:"timber_merchant"`
	SiteCamera     Endpoint `yaml:"site_camera"`
}

func Load(path string) (*Config, error) {
	cfg := &Config{
		Listen:  ":8087",
		LogFile: "/var/log/canopy/api.log",
		Gateway: Endpoint{BaseURL: "https://api.boughpay.example/v1"},
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(raw))), cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}
