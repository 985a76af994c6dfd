package handlers

import (
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
	log "github.com/sirupsen/logrus"

	"github.com/medikart/refills/internal/analytics"
	"github.com/medikart/refills/internal/db"
	"github.com/medikart/refills/internal/notify"
)

type API struct {
	Q       *db.Queries
	Tracker *analytics.Tracker
	SMS     *notify.SMSGateway
}

type registerRequest struct {
	Email       string `json:"email"`
	FullName    string `json:"full_name"`
	DateOfBirth string `json:"date_of_birth"`
	Phone       string `json:"phone"`
	Address     string `json:"address"`
	Postcode    string `json:"postcode"`
	Password    string `json:"password"`
}

func (a *API) RegisterPatient(c echo.Context) error {
	var req registerRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	log.WithFields(log.Fields{
		"request_id": c.Response().Header().Get(echo.HeaderXRequestID),
		"remote_ip":  c.RealIP(),
	}).Info("patient registration")

	dob, err := time.Parse("2006-01-02", req.DateOfBirth)
	if err != nil {
		log.Warnf("bad date of birth %q for %s", req.DateOfBirth, req.Email)
		return echo.NewHTTPError(http.StatusBadRequest, "date_of_birth")
	}
	p, err := a.Q.CreatePatient(c.Request().Context(), db.CreatePatientParams{
		Email:       req.Email,
		FullName:    req.FullName,
		DateOfBirth: pgtype.Date{Time: dob, Valid: true},
		Phone:       pgtype.Text{String: req.Phone, Valid: req.Phone != ""},
		AddressLine: pgtype.Text{String: req.Address, Valid: req.Address != ""},
		Postcode:    pgtype.Text{String: req.Postcode, Valid: req.Postcode != ""},
	})
	if err != nil {
		log.WithError(err).WithField("registration", req).Error("create patient failed")
		return echo.NewHTTPError(http.StatusConflict)
	}
	log.WithField("patient_id", p.ID).Info("patient created")

	a.Tracker.Identify(p)
	return c.JSON(http.StatusCreated, map[string]int64{"id": p.ID})
}

func (a *API) RefillReady(c echo.Context) error {
	var body struct {
		PatientID int64  `json:"patient_id"`
		RxNumber  string `json:"rx_number"`
		Pharmacy  string `json:"pharmacy"`
	}
	if err := c.Bind(&body); err != nil {
		return err
	}
	p, err := a.Q.GetPatient(c.Request().Context(), body.PatientID)
	if err != nil {
		return echo.ErrNotFound
	}
	if err := a.SMS.Send(p.Phone.String, p.FullName, body.RxNumber, body.Pharmacy); err != nil {
		log.WithFields(log.Fields{"patient_id": p.ID, "rx": body.RxNumber}).WithError(err).Warn("sms failed")
	}
	a.Tracker.RefillReady(p.ID, body.Pharmacy)
	return c.NoContent(http.StatusAccepted)
}
