package handlers

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
	"go.uber.org/zap"

	"github.com/saltline/charters/internal/logging"
)

type DuplicateAnglerError struct {
	Email string
}

func (e *DuplicateAnglerError) Error() string {
	return fmt.Sprintf("angler %s already registered", e.Email)
}

type DeclinedError struct {
	BookingID int64
	Last4     string
}

func (e *DeclinedError) Error() string {
	return fmt.Sprintf("booking %d: card ending %s declined", e.BookingID, e.Last4)
}

func ErrorHandler(err error, c echo.Context) {
	log := logging.From(c.Request().Context())
	var dup *DuplicateAnglerError
	var dec *DeclinedError
	switch {
	case errors.As(err, &dup):
		log.Warn("duplicate angler", zap.Error(err))
		_ = c.JSON(http.StatusConflict, map[string]string{"error": "duplicate"})
	case errors.As(err, &dec):
		log.Info("payment declined", zap.Error(err))
		_ = c.JSON(http.StatusPaymentRequired, map[string]string{"error": "declined"})
	default:
		var he *echo.HTTPError
		if errors.As(err, &he) {
			_ = c.JSON(he.Code, map[string]any{"error": he.Message})
			return
		}
		log.Error("unhandled", zap.String("type", fmt.Sprintf("%T", err)))
		_ = c.JSON(http.StatusInternalServerError, map[string]string{"error": "internal"})
	}
}
