package config

import (
	"os"
	"strconv"
)

type Config struct {
	Addr          string
	DatabaseURL   string
	GatewayURL    string
	GatewayKey    string
	CourierURL    string
	FraudCheckURL string
	RudderKey     string
	RudderDataURL string
	BugsnagKey    string
	SnapPixelID   string
	SnapToken     string
	SpoolDir      string
	RenewalHour   int
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func Load() Config {
	hour, _ := strconv.Atoi(env("RENEWAL_HOUR", "4"))
	return Config{
		Addr:          env("ADDR", ":8888"),
		DatabaseURL:   env("DATABASE_URL", "postgres://mealkits:mealkits@localhost:5432/mealkits?sslmode=disable"),
		GatewayURL:    env("GATEWAY_URL", "https://api.tillwise.example/v2"),
		GatewayKey:    os.Getenv("GATEWAY_KEY"),
		CourierURL:    env("COURIER_URL", "http://dispatch.coldchain-couriers.example/api/v1"),
		FraudCheckURL: env("FRAUD_CHECK_URL", "https://score.riskbureau.example"),
		RudderKey:     os.Getenv("RUDDER_WRITE_KEY"),
		RudderDataURL: env("RUDDER_DATA_PLANE", "https://forkandfield-dataplane.rudderstack.com"),
		BugsnagKey:    os.Getenv("BUGSNAG_API_KEY"),
		SnapPixelID:   env("SNAP_PIXEL_ID", "9d1c5e8b-3f0a-4b6e-a2d7-5c8e1f4a9b20"),
		SnapToken:     os.Getenv("SNAP_CAPI_TOKEN"),
		SpoolDir:      env("SPOOL_DIR", "/var/spool/mealkits"),
		RenewalHour:   hour,
	}
}
