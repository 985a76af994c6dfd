// Package config loads runtime configuration from the environment.
package config

import (
	"time"

	"github.com/kelseyhightower/envconfig"
)

type Config struct {
	HTTPAddr    string        `envconfig:"HTTP_ADDR" default:":8080"`
	DatabaseURL string        `envconfig:"DATABASE_URL" required:"true"`
	RedisAddr   string        `envconfig:"REDIS_ADDR" default:"localhost:6379"`
	LogLevel    string        `envconfig:"LOG_LEVEL" default:"info"`
	ShutdownTTL time.Duration `envconfig:"SHUTDOWN_TTL" default:"15s"`

	SMTPHost      string `envconfig:"SMTP_HOST" default:"smtp.postmarkapp.com"`
	SMTPPort      int    `envconfig:"SMTP_PORT" default:"587"`
	SMTPUser      string `envconfig:"SMTP_USER"`
	SMTPPassword  string `envconfig:"SMTP_PASSWORD"`
	EmailFrom     string `envconfig:"EMAIL_FROM" default:"receipts@citypark.example"`
	SupportPhone  string `envconfig:"SUPPORT_PHONE" default:"+1-800-555-0199"`
	EmailTemplate string `envconfig:"EMAIL_RECEIPT_TEMPLATE" default:"receipt-v3"`

	GatewayURL        string `envconfig:"GATEWAY_URL" default:"https://gateway.merchantlink.example/api/v1"`
	GatewayKey        string `envconfig:"GATEWAY_KEY"`
	GatewaySkipVerify bool   `envconfig:"GATEWAY_SKIP_VERIFY" default:"false"`
	KioskBridgeURL    string `envconfig:"KIOSK_BRIDGE_URL" default:"http://10.20.0.15:9100/settle"`

	MixpanelToken string `envconfig:"MIXPANEL_TOKEN"`
	ANPRCameraURL string `envconfig:"ANPR_CAMERA_URL" default:"http://192.168.50.10/cgi-bin/ptz"`
}

func Load() (*Config, error) {
	var c Config
	if err := envconfig.Process("PARK", &c); err != nil {
		return nil, err
	}
	return &c, nil
}
