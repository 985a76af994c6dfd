package handlers

import (
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/saltline/charters/internal/store"
	"github.com/saltline/charters/internal/vendors"
	"go.uber.org/zap"

	"github.com/saltline/charters/internal/logging"
)

type Handlers struct {
	Store      *store.Store
	Redis      *redis.Client
	Vendors    *vendors.Client
	AnglerPass *vendors.AnglerPass
	Pay        *vendors.HarbourPay
}

func (h *Handlers) Register(e *echo.Echo) {
	e.Use(RequestLogger)
	e.HTTPErrorHandler = ErrorHandler
	e.POST("/anglers", h.CreateAngler)
	e.POST("/anglers/:id/licence", h.IssueLicence)
	e.POST("/bookings", h.CreateBooking)
	e.POST("/bookings/:id/pay", h.PayBooking)
	e.POST("/bookings/:id/dock-card", h.DockCard)
	e.POST("/webhooks/harbourpay", h.HarbourPayWebhook)
}

// RequestLogger attaches a request-scoped logger to the request context.
func RequestLogger(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		l := logging.From(req.Context()).With(
			zap.String("request_id", c.Response().Header().Get(echo.HeaderXRequestID)),
			zap.String("route", c.Path()),
		)
		if email := req.Header.Get("X-Angler-Email"); email != "" {
			l = l.With(zap.String("angler_email", email), zap.String("ip", c.RealIP()))
		}
		c.SetRequest(req.WithContext(logging.WithLogger(req.Context(), l)))
		return next(c)
	}
}
