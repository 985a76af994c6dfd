package handlers

import (
	"net/http"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"
	"gorm.io/gorm"

	"github.com/emberhut/sauna-api/internal/config"
	"github.com/emberhut/sauna-api/internal/httpclients"
	"github.com/emberhut/sauna-api/internal/vendors"
)

type API struct {
	DB      *gorm.DB
	Queue   *asynq.Client
	Clients *httpclients.Clients
	Cfg     *config.Config
	Loyalty *vendors.LoyaltyLion
	Log     *logrus.Logger
}

func (a *API) Register(e *echo.Echo) {
	e.POST("/members", a.CreateMember)
	e.PATCH("/members/:id", a.UpdateMember)
	e.POST("/bookings", a.CreateBooking)
	e.POST("/bookings/:id/complete", a.CompleteSession)
	e.POST("/webhooks/birchpay", a.BirchpayWebhook)
	e.HTTPErrorHandler = a.errorHandler
}

func (a *API) errorHandler(err error, c echo.Context) {
	code := http.StatusInternalServerError
	if he, ok := err.(*echo.HTTPError); ok {
		code = he.Code
	}
	entry := a.Log.WithFields(logrus.Fields{"path": c.Path(), "status": code})
	if code >= 500 {
		entry.WithError(err).Error("request failed")
	} else {
		entry.Info("request rejected")
	}
	_ = c.JSON(code, map[string]string{"error": http.StatusText(code)})
}
