// Package config loads service configuration from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	HTTPAddr           string
	DatabaseURL        string
	GatewayURL         string
	GatewayKey         string
	TelematicsURL      string
	TelematicsInsecure bool
	CustomerIOSiteID   string
	CustomerIOAPIKey   string
	SupportEmail       string
	SMTPHost           string
	ShutdownTimeout    time.Duration
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func Load() Config {
	insecure, _ := strconv.ParseBool(getenv("TELEMATICS_INSECURE", "false"))
	return Config{
		HTTPAddr:           getenv("HTTP_ADDR", ":8080"),
		DatabaseURL:        getenv("DATABASE_URL", "postgres://fleet:fleet@localhost:5432/fleet?sslmode=disable"),
		GatewayURL:         getenv("GATEWAY_URL", "https://api.cardlink-payments.com"),
		GatewayKey:         getenv("GATEWAY_KEY", ""),
		TelematicsURL:      getenv("TELEMATICS_URL", "https://telematics.fleetbox.io"),
		TelematicsInsecure: insecure,
		CustomerIOSiteID:   getenv("CUSTOMERIO_SITE_ID", ""),
		CustomerIOAPIKey:   getenv("CUSTOMERIO_API_KEY", ""),
		SupportEmail:       getenv("SUPPORT_EMAIL", "help@roadrunner-rentals.com"),
		SMTPHost:           getenv("SMTP_HOST", "smtp.mailgun.org:587"),
		ShutdownTimeout:    15 * time.Second,
	}
}
