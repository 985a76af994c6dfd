module github.com/medikart/refills

go 1.22

require (
	github.com/jackc/pgx/v5 v5.6.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/posthog/posthog-go v1.2.18
	github.com/sirupsen/logrus v1.9.3
)
