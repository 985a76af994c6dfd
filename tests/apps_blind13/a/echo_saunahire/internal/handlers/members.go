package handlers

import (
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"

	"github.com/emberhut/sauna-api/internal/logging"
	"github.com/emberhut/sauna-api/internal/models"
	"github.com/emberhut/sauna-api/internal/tasks"
)

type memberInput struct {
	FullName    string `json:"full_name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	DateOfBirth string `json:"date_of_birth"`
	HomeAddress string `json:"home_address"`
	Password    string `json:"password"`
}

func (a *API) CreateMember(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	var in memberInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	log.WithFields(logrus.Fields{"email": in.Email, "phone": in.Phone, "password": in.Password}).Info("member signup")
	m := models.Member{FullName: in.FullName, Email: in.Email, Phone: in.Phone, HomeAddress: in.HomeAddress}
	if dob, err := time.Parse("2006-01-02", in.DateOfBirth); err == nil {
		m.DateOfBirth = &dob
	}
	if err := a.DB.Create(&m).Error; err != nil {
		return fmt.Errorf("create member %s (%s): %w", in.FullName, in.Email, err)
	}
	task, _ := tasks.NewLoyaltySignupTask(m.ID)
	if _, err := a.Queue.EnqueueContext(ctx, task); err != nil {
		log.WithError(err).WithField("member_id", m.ID).Warn("could not enqueue loyalty signup")
	}
	log.WithField("member_id", m.ID).Info("member created")
	return c.JSON(http.StatusCreated, map[string]any{"id": m.ID})
}

func (a *API) UpdateMember(c echo.Context) error {
	log := logging.From(c.Request().Context())
	var m models.Member
	if err := a.DB.First(&m, c.Param("id")).Error; err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	var patch map[string]any
	if err := c.Bind(&patch); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	log.Debugf("member patch for %d: %+v", m.ID, patch)
	if err := a.DB.Model(&m).Updates(patch).Error; err != nil {
		return err
	}
	log.Infof("member updated: %s", m)
	return c.NoContent(http.StatusNoContent)
}
