module encore.app

go 1.22

require (
	encore.dev v1.41.3
	github.com/highlight/highlight/sdk/highlight-go v0.10.1
	github.com/jackc/pgx/v5 v5.6.0
	go.opentelemetry.io/otel v1.28.0
	gopkg.in/h2non/gentleman.v2 v2.0.5
)
