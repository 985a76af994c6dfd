module github.com/citypark/echo-parking

go 1.22

require (
	github.com/jackc/pgx/v5 v5.5.5
	github.com/labstack/echo/v4 v4.12.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/rs/zerolog v1.32.0
	github.com/kelseyhightower/envconfig v1.4.0
)
