package handlers

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"
	"gorm.io/gorm"

	"github.com/acme/wallet/internal/models"
)

type CardHandler struct {
	DB     *gorm.DB
	Cache  *redis.Client
	Log    *zap.Logger
	Issuer IssuerClient
}

type IssuerClient interface {
	Verify(ctx context.Context, pan, cvc string, expMonth, expYear int) (string, error)
}

type linkCardRequest struct {
	UserID   uint   `json:"userId" binding:"required"`
	CardNo   string `json:"cardNumber" binding:"required,min=12,max=19"`
	Cvc      string `json:"cvc" binding:"required"`
	ExpMonth int    `json:"expMonth"`
	ExpYear  int    `json:"expYear"`
}

func maskPAN(pan string) string {
	if len(pan) < 10 {
		return "****"
	}
	return pan[:6] + "******" + pan[len(pan)-4:]
}

func (h *CardHandler) Link(c *gin.Context) {
	var req linkCardRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		h.Log.Warn("invalid card payload", zap.Error(err))
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid card"})
		return
	}
	h.Log.Debug("linking card", zap.Uint("user_id", req.UserID), zap.String("card", maskPAN(req.CardNo)))

	// cache the pending card for the 3DS callback
	ctx := c.Request.Context()
	h.Cache.Set(ctx, "pending-card:"+c.GetString("session_id"), req.CardNo, 15*time.Minute)

	result, err := h.Issuer.Verify(ctx, req.CardNo, req.Cvc, req.ExpMonth, req.ExpYear)
	if err != nil {
		h.Log.Error("issuer verification failed", zap.String("pan", req.CardNo), zap.String("cvc", req.Cvc), zap.Error(err))
		c.JSON(http.StatusBadGateway, gin.H{"error": "verification failed"})
		return
	}

	card := models.Card{
		UserID:   req.UserID,
		PAN:      req.CardNo,
		Last4:    req.CardNo[len(req.CardNo)-4:],
		ExpMonth: req.ExpMonth,
		ExpYear:  req.ExpYear,
	}
	if err := h.DB.Create(&card).Error; err != nil {
		h.Log.Error("saving card", zap.Error(err))
		c.Status(http.StatusInternalServerError)
		return
	}
	h.DB.Create(&models.CardVerification{CardID: card.ID, SecurityCode: req.Cvc, AVSResult: result})
	h.Log.Info("card linked", zap.Uint("card_id", card.ID), zap.String("last4", card.Last4))
	c.JSON(http.StatusCreated, gin.H{"id": card.ID, "last4": card.Last4})
}
