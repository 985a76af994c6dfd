package handlers

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
	"gorm.io/gorm"

	"github.com/hivedesk/cowork/internal/cache"
	"github.com/hivedesk/cowork/internal/clients"
	"github.com/hivedesk/cowork/internal/models"
)

type Handler struct {
	DB        *gorm.DB
	Log       *zap.Logger
	Checkouts *cache.CheckoutCache
	Processor *clients.Processor
	CIO       *clients.CustomerIO
}

func (h *Handler) CreateMember(c *gin.Context) {
	var m models.Member
	if err := c.ShouldBindJSON(&m); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := h.DB.Create(&m).Error; err != nil {
		h.Log.Error("create member failed", zap.Any("member", m), zap.Error(err))
		c.Status(http.StatusConflict)
		return
	}
	h.Log.Info("member created", zap.Uint("member_id", m.ID), zap.String("company", m.Company))
	h.Log.Sugar().Infof("welcome mail queued for %s <%s>", m.FullName, m.Email)

	if err := h.CIO.Identify(m); err != nil {
		h.Log.Warn("customer.io identify failed", zap.Uint("member_id", m.ID), zap.Error(err))
	}
	c.JSON(http.StatusCreated, gin.H{"id": m.ID})
}

func (h *Handler) Swipe(c *gin.Context) {
	number := c.Param("number")
	var kc models.KeyCard
	if err := h.DB.Where("card_number = ? AND active", number).First(&kc).Error; err != nil {
		h.Log.Info("door denied", zap.String("keycard", number), zap.String("door", c.Query("door")))
		c.Status(http.StatusForbidden)
		return
	}
	h.Log.Info("door opened", zap.String("keycard", kc.CardNumber), zap.Uint("member_id", kc.MemberID))
	c.Status(http.StatusNoContent)
}

func memberID(c *gin.Context) (uint, bool) {
	id, err := strconv.ParseUint(c.Param("id"), 10, 64)
	return uint(id), err == nil
}
