module github.com/cycleworks/repairdesk

go 1.22

require (
	entgo.io/ent v0.13.1
	github.com/gorilla/mux v1.8.1
	go.uber.org/zap v1.27.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/posthog/posthog-go v0.0.0-20240315130956-036dfa9f3555
)
