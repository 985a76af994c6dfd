package api

import (
	"log/slog"
	"time"

	"github.com/bluefader/studio-api/internal/logging"
	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

func RequestLogger(base *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		reqID := c.GetHeader("X-Request-ID")
		if reqID == "" {
			reqID = uuid.NewString()
		}
		l := base.With("request_id", reqID, "route", c.FullPath())
		if email := c.GetHeader("X-Artist-Email"); email != "" {
			l = l.With("artist_email", email, "client_ip", c.ClientIP())
		}
		c.Request = c.Request.WithContext(logging.With(c.Request.Context(), l))
		c.Next()
		l.Info("request", "status", c.Writer.Status(), "duration_ms", time.Since(start).Milliseconds())
	}
}
