module github.com/saltline/charters

go 1.22

require (
	github.com/jmoiron/sqlx v1.4.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/lib/pq v1.10.9
	github.com/redis/go-redis/v9 v9.6.1
	go.uber.org/zap v1.27.0
	gopkg.in/yaml.v3 v3.0.1
)
