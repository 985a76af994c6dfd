// Package config loads the service configuration from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	ListenAddr       string
	DatabaseURL      string
	RedisAddr        string
	GatewayBaseURL   string
	GatewaySecret    string
	BrazeEndpoint    string
	BrazeAPIKey      string
	ReceiptsURL      string
	ReceiptsInsecure bool
	SMTPHost         string
	SMTPPort         int
	ReceiptFromEmail string
	RetryTTL         time.Duration
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func Load() Config {
	port, _ := strconv.Atoi(getenv("SMTP_PORT", "587"))
	insecure, _ := strconv.ParseBool(getenv("RECEIPTS_TLS_INSECURE", "false"))
	return Config{
		ListenAddr:       getenv("LISTEN_ADDR", ":3000"),
		DatabaseURL:      getenv("DATABASE_URL", "postgres://givewell:givewell@localhost:5432/givewell"),
		RedisAddr:        getenv("REDIS_ADDR", "localhost:6379"),
		GatewayBaseURL:   getenv("GATEWAY_URL", "https://api.paystream.example"),
		GatewaySecret:    os.Getenv("GATEWAY_SECRET"),
		BrazeEndpoint:    getenv("BRAZE_REST_ENDPOINT", "https://rest.fra-01.braze.eu"),
		BrazeAPIKey:      os.Getenv("BRAZE_API_KEY"),
		ReceiptsURL:      getenv("RECEIPTS_URL", "https://receipts.charity-tax.example/api/v1"),
		ReceiptsInsecure: insecure,
		SMTPHost:         getenv("SMTP_HOST", "smtp.postmarkapp.com"),
		SMTPPort:         port,
		ReceiptFromEmail: getenv("RECEIPT_FROM_EMAIL", "receipts@givewell-foundation.example"),
		RetryTTL:         15 * time.Minute,
	}
}
