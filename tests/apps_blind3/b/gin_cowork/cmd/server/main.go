package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/hivedesk/cowork/internal/cache"
	"github.com/hivedesk/cowork/internal/clients"
	"github.com/hivedesk/cowork/internal/handlers"
	"github.com/hivedesk/cowork/internal/models"
)

func main() {
	logger, _ := zap.NewProduction()
	defer logger.Sync()

	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		logger.Fatal("database", zap.Error(err))
	}
	if err := db.AutoMigrate(&models.Member{}, &models.KeyCard{}, &models.PaymentCard{}, &models.Invoice{}); err != nil {
		logger.Fatal("automigrate", zap.Error(err))
	}

	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	h := &handlers.Handler{
		DB:        db,
		Log:       logger,
		Checkouts: cache.NewCheckoutCache(rdb),
		Processor: clients.NewProcessor(os.Getenv("PROCESSOR_URL"), os.Getenv("PROCESSOR_KEY")),
		CIO:       clients.NewCustomerIO(os.Getenv("CIO_SITE_ID"), os.Getenv("CIO_API_KEY")),
	}

	r := gin.New()
	r.Use(gin.Recovery(), handlers.RequestLogger(logger))
	r.POST("/members", h.CreateMember)
	r.POST("/members/:id/cards", h.SaveCard)
	r.POST("/daypass", h.BuyDayPass)
	r.POST("/daypass/:ref/confirm", h.ConfirmDayPass)
	r.POST("/keycards/:number/swipe", h.Swipe)
	if err := r.Run(":8080"); err != nil {
		logger.Fatal("server", zap.Error(err))
	}
}
