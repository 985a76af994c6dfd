module github.com/strikeline/bowl

go 1.22

require (
	github.com/getsentry/sentry-go v0.28.1
	github.com/go-resty/resty/v2 v2.13.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/nats-io/nats.go v1.36.0
	github.com/pressly/goose/v3 v3.21.1
	github.com/segmentio/analytics-go/v3 v3.3.0
)
