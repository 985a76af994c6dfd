package handlers

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/acme/wallet/internal/models"
)

type TransferHandler struct {
	DB *gorm.DB
}

type transferRequest struct {
	FromUserID     uint   `json:"fromUserId"`
	RecipientPhone string `json:"recipientPhone"`
	RecipientName  string `json:"recipientName"`
	AmountCents    int64  `json:"amountCents"`
	Currency       string `json:"currency"`
	Note           string `json:"note"`
}

func (h *TransferHandler) Create(c *gin.Context) {
	var req transferRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	log.Printf("transfer request: %+v", req)

	var to models.User
	if err := h.DB.Where("msisdn = ?", req.RecipientPhone).First(&to).Error; err != nil {
		log.Printf("transfer %d->?: recipient not registered", req.FromUserID)
		c.JSON(http.StatusNotFound, gin.H{"error": "recipient not found"})
		return
	}
	t := models.Transfer{FromUserID: req.FromUserID, ToUserID: to.ID, AmountCents: req.AmountCents, Currency: req.Currency, RecipientPhone: req.RecipientPhone, Status: "pending"}
	h.DB.Create(&t)
	log.Printf("transfer %d created (%d %s)", t.ID, t.AmountCents, t.Currency)
	c.JSON(http.StatusCreated, gin.H{"id": t.ID})
}
