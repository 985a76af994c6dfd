module github.com/parcelpoint/courier

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/jackc/pgx/v5 v5.5.5
	github.com/jmoiron/sqlx v1.3.5
	github.com/rs/zerolog v1.32.0
	github.com/segmentio/analytics-go/v3 v3.3.0
)
