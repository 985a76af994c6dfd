module github.com/bluehole-divers/platform

go 1.22

require (
	github.com/airbrake/gobrake/v5 v5.6.1
	github.com/doug-martin/goqu/v9 v9.19.0
	github.com/gojek/heimdall/v7 v7.0.3
	github.com/hibiken/asynq v0.24.1
	github.com/inconshreveable/log15/v3 v3.0.0-testing.5
	github.com/jackc/pgx/v5 v5.7.1
	github.com/julienschmidt/httprouter v1.3.0
)
