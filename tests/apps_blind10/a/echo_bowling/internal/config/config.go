package config

import (
	"os"
	"strconv"
)

type Config struct {
	Addr                      string
	DatabaseURL               string
	NatsURL                   string
	LogLevel                  string
	LaneControllerURL         string
	LeaguePortalURL           string
	LeaguePortalSkipTLSVerify bool
	GatewayURL                string
	GatewayKey                string
	SegmentWriteKey           string
	SentryDSN                 string
}

func env(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func envBool(key string, fallback bool) bool {
	v, ok := os.LookupEnv(key)
	if !ok {
		return fallback
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return fallback
	}
	return b
}

func Load() Config {
	return Config{
		Addr:              env("ADDR", ":8080"),
		DatabaseURL:       env("DATABASE_URL", "postgres://strikeline@localhost:5432/bowl"),
		NatsURL:           env("NATS_URL", "nats://localhost:4222"),
		LogLevel:          env("LOG_LEVEL", "info"),
		LaneControllerURL: env("LANE_CONTROLLER_URL", "http://lanes.centre.strikeline.lan:8100"),
		LeaguePortalURL:   env("LEAGUE_PORTAL_URL", "https://portal.countyleague.example"),
		// the county league's portal still runs on an expired intermediate; flip once they renew
		LeaguePortalSkipTLSVerify: envBool("LEAGUE_PORTAL_SKIP_TLS_VERIFY", true),
		GatewayURL:                env("PINPAY_URL", "https://api.pinpay.example/v1"),
		GatewayKey:                env("PINPAY_KEY", ""),
		SegmentWriteKey:           env("SEGMENT_WRITE_KEY", ""),
		SentryDSN:                 env("SENTRY_DSN", ""),
	}
}
