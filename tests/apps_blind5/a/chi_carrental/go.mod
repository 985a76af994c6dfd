module github.com/roadrunner-rentals/fleetdesk

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-chi/httplog/v2 v2.0.9
	github.com/rs/zerolog v1.32.0
	github.com/uptrace/bun v1.1.17
	github.com/uptrace/bun/dialect/pgdialect v1.1.17
	github.com/uptrace/bun/driver/pgdriver v1.1.17
)
