module github.com/reelhouse/cinema

go 1.22

require (
	github.com/jackc/pgx/v5 v5.5.5
	github.com/pressly/goose/v3 v3.19.2
	github.com/rs/zerolog v1.32.0
)
