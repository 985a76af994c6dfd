module github.com/hivedesk/cowork

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/go-resty/resty/v2 v2.13.1
	github.com/redis/go-redis/v9 v9.5.3
	go.uber.org/zap v1.27.0
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.10
)
