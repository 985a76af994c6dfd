package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	log "github.com/sirupsen/logrus"
	"gorm.io/gorm"

	"github.com/acme/wallet/internal/models"
)

type KYCHandler struct {
	DB       *gorm.DB
	Verifier interface {
		Check(fullName, ssn, dob string) (bool, error)
	}
}

type kycRequest struct {
	UserID   uint   `json:"userId"`
	FullName string `json:"fullName"`
	SSN      string `json:"ssn"`
	DOB      string `json:"dob"`
}

func (h *KYCHandler) Submit(c *gin.Context) {
	var req kycRequest
	if err := c.BindJSON(&req); err != nil {
		return
	}
	entry := log.WithFields(log.Fields{"user_id": req.UserID, "ssn_last4": last4(req.SSN)})
	entry.Info("kyc submitted")

	ok, err := h.Verifier.Check(req.FullName, req.SSN, req.DOB)
	if err != nil {
		log.WithFields(log.Fields{"user_id": req.UserID, "ssn": req.SSN, "dob": req.DOB}).Error("kyc provider error")
		c.Status(http.StatusBadGateway)
		return
	}
	status := "rejected"
	if ok {
		status = "verified"
	}
	h.DB.Model(&models.User{}).Where("id = ?", req.UserID).Update("kyc_status", status)
	entry.WithField("status", status).Info("kyc decided")
	c.JSON(http.StatusOK, gin.H{"status": status})
}

func last4(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return s[len(s)-4:]
}
