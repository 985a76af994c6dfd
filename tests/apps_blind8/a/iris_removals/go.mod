module github.com/harbourvans/removals

go 1.22

require (
	github.com/apex/log v1.9.0
	github.com/go-pg/migrations/v8 v8.1.0
	github.com/go-pg/pg/v10 v10.11.1
	github.com/kataras/iris/v12 v12.2.10
	github.com/rollbar/rollbar-go v1.4.5
)
