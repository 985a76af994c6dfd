module github.com/granitehollow/memorials

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/hibiken/asynq v0.24.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/rs/zerolog v1.33.0
	gopkg.in/yaml.v3 v3.0.1
)
