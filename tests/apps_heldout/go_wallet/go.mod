module github.com/acme/wallet

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/sirupsen/logrus v1.9.3
	go.uber.org/zap v1.27.0
	gorm.io/driver/postgres v1.5.7
	gorm.io/gorm v1.25.10
)
