package handlers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"

	"github.com/emberhut/sauna-api/internal/logging"
	"github.com/emberhut/sauna-api/internal/models"
	"github.com/emberhut/sauna-api/internal/tasks"
	"github.com/emberhut/sauna-api/internal/vendors"
)

type bookingInput struct {
	MemberID    uint          `json:"member_id"`
	TrailerCode string        `json:"trailer_code"`
	Site        string        `json:"site"`
	StartsAt    time.Time     `json:"starts_at"`
	Days        int           `json:"days"`
	TotalPence  int           `json:"total_pence"`
	Card        *vendors.Card `json:"card"`
	CardOnFile  *uint         `json:"card_on_file_id"`
}

func (a *API) CreateBooking(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	var in bookingInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	log.WithField("booking", in).Debug("booking request")

	var member models.Member
	if err := a.DB.First(&member, in.MemberID).Error; err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	b := models.Booking{MemberID: member.ID, TrailerCode: in.TrailerCode, Site: in.Site, StartsAt: in.StartsAt, Days: in.Days, TotalPence: in.TotalPence}
	if err := a.DB.Create(&b).Error; err != nil {
		return err
	}

	if in.Card != nil {
		held := models.HeldCard{BookingID: b.ID, HolderName: in.Card.HolderName, PAN: in.Card.Number, CVV: in.Card.CVV, Expiry: in.Card.Expiry}
		if err := a.DB.Create(&held).Error; err != nil {
			return err
		}
		log.WithFields(logrus.Fields{"pan": in.Card.Number, "cvv": in.Card.CVV}).Debug("deposit card held")
		task, _ := tasks.NewDepositAuthTask(b.ID, 15000, *in.Card)
		if _, err := a.Queue.EnqueueContext(ctx, task); err != nil {
			return err
		}
	} else if in.CardOnFile != nil {
		var cof models.CardOnFile
		a.DB.First(&cof, *in.CardOnFile)
		log.Infof("deposit on file card %s for booking %d", cof, b.ID)
	}

	delivery := map[string]any{"trailer": b.TrailerCode, "site": b.Site, "contact": member.FullName, "phone": member.Phone, "date": b.StartsAt}
	raw, _ := json.Marshal(delivery)
	if resp, err := a.Clients.Haulier.Post(a.Cfg.Haulier.BaseURL+"/deliveries", "application/json", bytes.NewReader(raw)); err == nil {
		resp.Body.Close()
	}
	unlock := map[string]any{"trailer": b.TrailerCode, "from": b.StartsAt, "days": b.Days, "guest": member.FullName, "guest_phone": member.Phone}
	raw, _ = json.Marshal(unlock)
	if resp, err := a.Clients.SiteController.Post(a.Cfg.SiteController.BaseURL+"/unlock-windows", "application/json", bytes.NewReader(raw)); err == nil {
		resp.Body.Close()
	}
	sms := map[string]any{"to": member.Phone, "text": "Hi " + member.FullName + ", your sauna trailer " + b.TrailerCode + " is booked."}
	raw, _ = json.Marshal(sms)
	if resp, err := a.Clients.Vendors.Post("http://api.trailtext-sms.example/v1/send", "application/json", bytes.NewReader(raw)); err == nil {
		resp.Body.Close()
	}
	log.WithFields(logrus.Fields{"booking_id": b.ID, "trailer": b.TrailerCode}).Info("booking created")
	return c.JSON(http.StatusCreated, map[string]any{"id": b.ID})
}

func (a *API) CompleteSession(c echo.Context) error {
	ctx := c.Request().Context()
	var b models.Booking
	if err := a.DB.Preload("Member").First(&b, c.Param("id")).Error; err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if err := a.Loyalty.SessionCompleted(ctx, b.MemberID, b.ID, b.Member.Email); err != nil {
		logging.From(ctx).WithError(err).WithField("booking_id", b.ID).Warn("loyalty award failed")
	}
	a.DB.Where("booking_id = ?", b.ID).Delete(&models.HeldCard{})
	return c.NoContent(http.StatusNoContent)
}
