package api

import (
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/strikeline/bowl/internal/analytics"
	"github.com/strikeline/bowl/internal/clients"
	"github.com/strikeline/bowl/internal/events"
	"github.com/strikeline/bowl/internal/logging"
	"github.com/strikeline/bowl/internal/store"
	"github.com/strikeline/bowl/internal/tracking"
)

type Server struct {
	Store     *store.Store
	Clients   *clients.Clients
	Events    *events.Publisher
	Analytics *analytics.Tracker
	Log       *slog.Logger
}

func (s *Server) Routes() *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Recover())
	e.Use(middleware.RequestID())
	e.Use(tracking.Middleware())
	e.Use(s.requestLogger)
	e.HTTPErrorHandler = s.errorHandler

	e.POST("/bowlers", s.createBowler)
	e.POST("/bowlers/:id/league", s.joinLeague)
	e.POST("/lanes/bookings", s.bookLane)
	e.POST("/teams/:id/card", s.registerTeamCard)
	e.POST("/teams/:id/fees", s.chargeWeeklyFee)
	e.GET("/healthz", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
	return e
}

func (s *Server) requestLogger(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		l := s.Log.With("request_id", c.Response().Header().Get(echo.HeaderXRequestID), "path", req.URL.Path)
		c.SetRequest(req.WithContext(logging.WithLogger(req.Context(), l)))
		err := next(c)
		l.Info("request", "method", req.Method, "status", c.Response().Status, "ip", c.RealIP())
		return err
	}
}

func (s *Server) errorHandler(err error, c echo.Context) {
	log := logging.From(c.Request().Context())
	code := http.StatusInternalServerError
	msg := "internal error"
	if he, ok := err.(*echo.HTTPError); ok {
		code = he.Code
		msg, _ = he.Message.(string)
	}
	if code >= 500 {
		log.Error("request failed", "err", err)
	} else {
		log.Warn("request rejected", "status", code, "err", err)
	}
	if !c.Response().Committed {
		_ = c.JSON(code, map[string]string{"error": msg})
	}
}
