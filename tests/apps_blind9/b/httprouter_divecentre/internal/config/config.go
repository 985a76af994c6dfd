package config

import (
	"os"
	"strconv"
)

type Config struct {
	Addr              string
	DatabaseURL       string
	RedisAddr         string
	GatewayURL        string
	GatewayKey        string
	WebhookSecret     string
	ManifestURL       string
	AgencyURL         string
	AgencySkipVerify  bool
	KustomerKey       string
	GoogleAdsCustomer string
	GoogleAdsToken    string
	AirbrakeProject   int64
	AirbrakeKey       string
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func Load() Config {
	project, _ := strconv.ParseInt(env("AIRBRAKE_PROJECT_ID", "0"), 10, 64)
	skip, _ := strconv.ParseBool(env("AGENCY_SKIP_VERIFY", "true"))
	return Config{
		Addr:          env("ADDR", ":8080"),
		DatabaseURL:   env("DATABASE_URL", "postgres://bluehole@localhost:5432/bluehole"),
		RedisAddr:     env("REDIS_ADDR", "localhost:6379"),
		GatewayURL:    env("GATEWAY_URL", "https://api.reefpay.example/v1"),
		GatewayKey:    env("GATEWAY_KEY", ""),
		WebhookSecret: env("GATEWAY_WEBHOOK_SECRET", ""),
		// the boat tablets sync the passenger manifest from the dock router; no TLS on the boats
		ManifestURL: env("MANIFEST_URL", "http://dock-gw.bluehole.lan:8088/manifests"),
		// certification agency e-learning registrations; sandbox and production share a self-signed cert
		AgencyURL:         env("AGENCY_URL", "https://partners.oceanpro-cert.example/api/v2"),
		AgencySkipVerify:  skip,
		KustomerKey:       env("KUSTOMER_API_KEY", ""),
		GoogleAdsCustomer: env("GOOGLE_ADS_CUSTOMER_ID", "441-038-2957"),
		GoogleAdsToken:    env("GOOGLE_ADS_TOKEN", ""),
		AirbrakeProject:   project,
		AirbrakeKey:       env("AIRBRAKE_PROJECT_KEY", ""),
	}
}
