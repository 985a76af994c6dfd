package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/acme/wallet/internal/handlers"
	"github.com/acme/wallet/internal/models"
	"github.com/acme/wallet/internal/notify"
)

func main() {
	logger, _ := zap.NewProduction()
	defer logger.Sync()

	dsn := os.Getenv("DATABASE_URL")
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{})
	if err != nil {
		logger.Fatal("database connection failed", zap.Error(err))
	}
	if err := db.AutoMigrate(&models.User{}, &models.Card{}, &models.Transfer{}, &models.CardVerification{}); err != nil {
		logger.Fatal("migration failed", zap.Error(err))
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	users := &handlers.UserHandler{DB: db, Log: logger, Sms: notify.NewSmsGateway()}
	cards := &handlers.CardHandler{DB: db, Cache: rdb, Log: logger}
	transfers := &handlers.TransferHandler{DB: db}
	kyc := &handlers.KYCHandler{DB: db}

	r := gin.New()
	r.Use(gin.Recovery())
	r.POST("/v1/users", users.Register)
	r.GET("/v1/users/lookup", users.Lookup)
	r.POST("/v1/cards", cards.Link)
	r.POST("/v1/transfers", transfers.Create)
	r.POST("/v1/kyc", kyc.Submit)
	logger.Info("listening", zap.String("addr", ":8080"))
	if err := r.Run(":8080"); err != nil {
		logger.Fatal("server stopped", zap.Error(err))
	}
}
