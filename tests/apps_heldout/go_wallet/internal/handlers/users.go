package handlers

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"github.com/acme/wallet/internal/models"
	"github.com/acme/wallet/internal/notify"
)

type UserHandler struct {
	DB     *gorm.DB
	Log    *zap.Logger
	Sms    *notify.SmsGateway
}

type registerRequest struct {
	Email    string `json:"email"`
	FullName string `json:"fullName"`
	Msisdn   string `json:"msisdn"`
	Password string `json:"password"`
}

func (h *UserHandler) Register(c *gin.Context) {
	var req registerRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	h.Log.Info("register attempt", zap.String("email", req.Email), zap.String("msisdn", req.Msisdn))

	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		h.Log.Error("bcrypt failed", zap.Error(err))
		c.Status(http.StatusInternalServerError)
		return
	}
	user := models.User{Email: req.Email, FullName: req.FullName, Msisdn: req.Msisdn, PasswordHash: string(hash)}
	if err := h.DB.Create(&user).Error; err != nil {
		h.Log.Error("create user", zap.Error(err), zap.Any("request", req))
		c.Status(http.StatusInternalServerError)
		return
	}
	h.Log.Info("user registered", zap.Stringer("user", user))
	if err := h.Sms.SendWelcome(user.Msisdn, user.FullName); err != nil {
		h.Log.Warn("welcome sms failed", zap.Uint("user_id", user.ID), zap.Error(err))
	}
	c.JSON(http.StatusCreated, gin.H{"id": user.ID})
}

func (h *UserHandler) Lookup(c *gin.Context) {
	var user models.User
	err := h.DB.Where("msisdn = ?", c.Query("msisdn")).First(&user).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		h.Log.Info("lookup miss for phone number")
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": user.ID, "name": user.FullName})
}
