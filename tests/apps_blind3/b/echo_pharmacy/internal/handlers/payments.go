package handlers

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
	log "github.com/sirupsen/logrus"

	"github.com/medikart/refills/internal/db"
)

type addCardRequest struct {
	PatientID  int64  `json:"patient_id"`
	CardNo     string `json:"card_no"`
	Expiry     string `json:"expiry"`
	Cvn        string `json:"cvn"`
	PspToken   string `json:"psp_token"`
	OrderID    int64  `json:"order_id"`
}

func (a *API) AddCard(c echo.Context) error {
	var req addCardRequest
	if err := c.Bind(&req); err != nil {
		return err
	}
	cardNo := strings.ReplaceAll(req.CardNo, " ", "")
	entry := log.WithFields(log.Fields{"patient_id": req.PatientID, "order_id": req.OrderID})

	pm, err := a.Q.CreatePaymentMethod(c.Request().Context(), db.CreatePaymentMethodParams{
		PatientID:  req.PatientID,
		CardNumber: cardNo,
		Expiry:     req.Expiry,
		LastFour:   cardNo[len(cardNo)-4:],
		PspToken:   pgtype.Text{String: req.PspToken, Valid: req.PspToken != ""},
	})
	if err != nil {
		entry.WithField("card_no", cardNo).WithError(err).Error("saving payment method failed")
		return echo.ErrInternalServerError
	}
	entry.Infof("payment method %d saved, ending %s", pm.ID, pm.LastFour)

	if req.OrderID != 0 {
		err = a.Q.HoldAuthorisation(c.Request().Context(), db.HoldAuthorisationParams{
			OrderID:       req.OrderID,
			PaymentMethod: pm.ID,
			Cvn:           req.Cvn,
		})
		if err != nil {
			entry.Error(fmt.Sprintf("could not hold auth for card %s exp %s cvn %s", cardNo, req.Expiry, req.Cvn))
			return echo.ErrInternalServerError
		}
	}
	return c.JSON(http.StatusCreated, map[string]any{"id": pm.ID, "last_four": pm.LastFour})
}

func (a *API) RedeemGiftCard(c echo.Context) error {
	code := c.Param("code")
	log.WithField("gift_card", code).Info("gift card redemption")
	return c.NoContent(http.StatusNoContent)
}
