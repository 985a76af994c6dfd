module github.com/slateridge/roofing

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/jackc/pgx/v5 v5.6.0
	github.com/riverqueue/river v0.8.0
	github.com/riverqueue/river/riverdriver/riverpgxv5 v0.8.0
	github.com/rs/zerolog v1.33.0
)
