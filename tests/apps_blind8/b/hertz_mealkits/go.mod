module github.com/forkandfield/mealkits

go 1.22

require (
	github.com/apex/log v1.9.0
	github.com/bugsnag/bugsnag-go/v2 v2.4.0
	github.com/cloudwego/hertz v0.9.1
	github.com/go-pg/migrations/v8 v8.1.0
	github.com/go-pg/pg/v10 v10.13.0
	github.com/imroc/req/v3 v3.43.7
	github.com/rudderlabs/analytics-go/v4 v4.2.1
)
