module github.com/nightjarcars/dispatch

go 1.22

require (
	github.com/getsentry/sentry-go v0.27.0
	github.com/gin-gonic/gin v1.9.1
	go.uber.org/zap v1.27.0
	gorm.io/driver/postgres v1.5.7
	gorm.io/gorm v1.25.9
)
