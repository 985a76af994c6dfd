module github.com/emberhut/sauna-api

go 1.22

require (
	github.com/hibiken/asynq v0.24.1
	github.com/labstack/echo/v4 v4.12.0
	github.com/sirupsen/logrus v1.9.3
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.10
)
