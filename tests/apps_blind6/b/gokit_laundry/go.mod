module github.com/example/laundry

go 1.22

require (
	github.com/go-kit/kit v0.13.0
	github.com/go-kit/log v0.2.1
	github.com/jmoiron/sqlx v1.3.5
	github.com/lib/pq v1.10.9
	github.com/redis/go-redis/v9 v9.5.1
)
