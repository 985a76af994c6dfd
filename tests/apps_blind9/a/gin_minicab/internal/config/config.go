package config

import (
	"os"
	"strconv"
)

type Config struct {
	HTTPAddr        string
	DatabaseURL     string
	LogLevel        string
	GatewayURL      string
	GatewayKey      string
	DispatchURL     string
	DispatchInsecure bool
	MeterHost       string
	AmplitudeKey    string
	SentryDSN       string
	RetrySpoolTable string
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func Load() Config {
	insecure, _ := strconv.ParseBool(env("DISPATCH_TLS_INSECURE", "true"))
	return Config{
		HTTPAddr:    env("HTTP_ADDR", ":8080"),
		DatabaseURL: env("DATABASE_URL", "postgres://dispatch@localhost/dispatch?sslmode=disable"),
		LogLevel:    env("LOG_LEVEL", "info"),
		GatewayURL:  env("GATEWAY_URL", "https://api.fareflow-payments.com/v2"),
		GatewayKey:  env("GATEWAY_KEY", ""),
		// Fleet dispatch partner (driver tablets). Their edge uses a private CA.
		DispatchURL:      env("DISPATCH_URL", "https://edge.cabnet-dispatch.co.uk/api"),
		DispatchInsecure: insecure,
		// Taximeter gateway box at the Sheffield depot.
		MeterHost:       env("METER_HOST", "10.8.0.21:7070"),
		AmplitudeKey:    env("AMPLITUDE_API_KEY", ""),
		SentryDSN:       env("SENTRY_DSN", ""),
		RetrySpoolTable: "fare_capture_retries",
	}
}
