module github.com/reefwright/servicedesk

go 1.22

require (
	github.com/go-chi/chi/v5 v5.1.0
	github.com/redis/go-redis/v9 v9.6.1
	go.uber.org/zap v1.27.0
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.12
)
