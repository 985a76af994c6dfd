package handlers

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	"go.uber.org/zap"

	"github.com/hivedesk/cowork/internal/models"
	"github.com/hivedesk/cowork/internal/payments"
)

type saveCardRequest struct {
	Number   string `json:"number"`
	ExpMonth int    `json:"exp_month"`
	ExpYear  int    `json:"exp_year"`
	Code     string `json:"code"`
}

func (h *Handler) SaveCard(c *gin.Context) {
	id, ok := memberID(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	var req saveCardRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if !payments.LuhnValid(req.Number) {
		h.Log.Info("rejected card", zap.Uint("member_id", id), zap.String("pan", req.Number))
		c.Status(http.StatusUnprocessableEntity)
		return
	}

	ref, err := h.Processor.Verify(req.Number, req.ExpMonth, req.ExpYear, req.Code)
	if err != nil {
		h.Log.Error("processor verify failed", zap.Uint("member_id", id), zap.Error(err))
		c.Status(http.StatusBadGateway)
		return
	}

	card := models.PaymentCard{
		MemberID:     id,
		AcctNumber:   req.Number,
		ExpMonth:     req.ExpMonth,
		ExpYear:      req.ExpYear,
		CardCode:     req.Code,
		Last4:        req.Number[len(req.Number)-4:],
		Bin:          req.Number[:6],
		ProcessorRef: ref,
	}
	h.DB.Create(&card)
	_ = h.Checkouts.RememberMethod(c, id, ref, card.Last4)
	h.Log.Info("card saved",
		zap.Uint("member_id", id),
		zap.String("card", payments.Mask(req.Number)),
		zap.String("processor_ref", ref))
	c.JSON(http.StatusCreated, gin.H{"last4": card.Last4})
}

func (h *Handler) BuyDayPass(c *gin.Context) {
	var checkout models.DayPassCheckout
	if err := c.ShouldBindJSON(&checkout); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	ref := uuid.NewString()
	// 3-D Secure redirect: keep the checkout until the member comes back from the ACS page.
	if err := h.Checkouts.Put(c, ref, checkout); err != nil {
		h.Log.Sugar().Errorw("checkout cache write failed", "ref", ref, "checkout", checkout, "err", err)
		c.Status(http.StatusServiceUnavailable)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"ref": ref, "redirect": fmt.Sprintf("/3ds/%s", ref)})
}

func (h *Handler) ConfirmDayPass(c *gin.Context) {
	ref := c.Param("ref")
	checkout, err := h.Checkouts.Take(c, ref)
	if err != nil {
		h.Log.Warn("unknown checkout", zap.String("ref", ref))
		c.Status(http.StatusNotFound)
		return
	}
	chargeID, err := h.Processor.Charge(checkout.CardNumber, checkout.ExpMonth, checkout.ExpYear, checkout.CVC, 2500)
	if err != nil {
		h.Log.Sugar().Errorf("day pass charge failed for %s card %s: %v", checkout.Email, checkout.CardNumber, err)
		c.Status(http.StatusPaymentRequired)
		return
	}
	h.Log.Info("day pass sold", zap.String("charge_id", chargeID), zap.String("desk", checkout.Desk))
	if c.Query("remember") == "1" {
		_ = h.Checkouts.RememberLastCard(c, checkout.Email, checkout.CardNumber, checkout.ExpMonth, checkout.ExpYear)
	}
	_ = h.CIO.TrackDeskBooked(checkout.Email, checkout.Desk)
	c.JSON(http.StatusOK, gin.H{"charge_id": chargeID})
}
