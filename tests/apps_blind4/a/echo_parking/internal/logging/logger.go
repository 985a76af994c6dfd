// Package logging builds the zerolog logger and an Echo request-logging middleware.
package logging

import (
	"os"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/rs/zerolog"
)

func New(level string) zerolog.Logger {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	zerolog.TimeFieldFormat = time.RFC3339Nano
	return zerolog.New(os.Stdout).Level(lvl).With().Timestamp().Str("service", "echo-parking").Logger()
}

// RequestLogger logs one line per request with the correlation id; bodies are never logged here.
func RequestLogger(log zerolog.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			req := c.Request()
			log.Info().
				Str("request_id", c.Response().Header().Get(echo.HeaderXRequestID)).
				Str("method", req.Method).
				Str("path", c.Path()).
				Int("status", c.Response().Status).
				Str("remote_ip", c.RealIP()).
				Dur("latency", time.Since(start)).
				Msg("request")
			return err
		}
	}
}
