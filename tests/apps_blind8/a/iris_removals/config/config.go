package config

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	Addr            string
	DatabaseURL     string
	GatewayURL      string
	GatewayKey      string
	PipedriveToken  string
	PipedriveDomain string
	RollbarToken    string
	Environment     string
	// Crew tablets poll the dispatch box in the depot; it only speaks plain HTTP.
	DispatchURL     string
	InsurerURL      string
	InsurerInsecure bool
	DepositHold     time.Duration
}

func Load() Config {
	insecure, _ := strconv.ParseBool(getenv("INSURER_TLS_INSECURE", "true"))
	return Config{
		Addr:            getenv("ADDR", ":8080"),
		DatabaseURL:     getenv("DATABASE_URL", "postgres://removals@localhost:5432/removals?sslmode=disable"),
		GatewayURL:      getenv("GATEWAY_URL", "https://api.payharbour.co.uk/v3"),
		GatewayKey:      os.Getenv("GATEWAY_KEY"),
		PipedriveToken:  os.Getenv("PIPEDRIVE_TOKEN"),
		PipedriveDomain: getenv("PIPEDRIVE_DOMAIN", "harbourvans"),
		RollbarToken:    os.Getenv("ROLLBAR_TOKEN"),
		Environment:     getenv("APP_ENV", "development"),
		DispatchURL:     getenv("DISPATCH_URL", "http://dispatch.depot.lan:9000"),
		InsurerURL:      getenv("INSURER_URL", "https://quotes.goodsintransit-insure.com/api"),
		InsurerInsecure: insecure,
		DepositHold:     72 * time.Hour,
	}
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}
