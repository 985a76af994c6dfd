module github.com/jumpjoy-hire/bookings

go 1.22

require (
	github.com/go-chi/chi/v5 v5.1.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/lib/pq v1.10.9
	github.com/redis/go-redis/v9 v9.6.1
	go.uber.org/zap v1.27.0
	gopkg.in/yaml.v3 v3.0.1
)
