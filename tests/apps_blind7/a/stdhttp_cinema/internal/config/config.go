// Package config loads the service configuration from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	Addr            string
	DatabaseURL     string
	AcquirerURL     string
	AcquirerKey     string
	LoyaltyURL      string
	BrazeURL        string
	BrazeKey        string
	SMTPHost        string
	EmailFromAddr   string
	TicketHoldTTL   time.Duration
	InsecureAcquire bool
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func Load() Config {
	insecure, _ := strconv.ParseBool(env("ACQUIRER_SKIP_VERIFY", "false"))
	return Config{
		Addr:            env("ADDR", ":8080"),
		DatabaseURL:     env("DATABASE_URL", "postgres://cinema:cinema@localhost:5432/cinema"),
		AcquirerURL:     env("ACQUIRER_URL", "https://acquirer.reelpay.example/api"),
		AcquirerKey:     env("ACQUIRER_KEY", ""),
		LoyaltyURL:      env("LOYALTY_URL", "http://loyalty.internal:7000/v1/members"),
		BrazeURL:        env("BRAZE_URL", "https://rest.fra-01.braze.eu"),
		BrazeKey:        env("BRAZE_KEY", ""),
		SMTPHost:        env("SMTP_HOST", "smtp.sendgrid.net:587"),
		EmailFromAddr:   env("EMAIL_FROM", "tickets@reelhouse.example"),
		TicketHoldTTL:   10 * time.Minute,
		InsecureAcquire: insecure,
	}
}
