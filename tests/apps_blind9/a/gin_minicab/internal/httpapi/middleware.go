package httpapi

import (
	"time"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"

	"github.com/nightjarcars/dispatch/internal/logging"
)

// RequestLogger puts a request-scoped zap logger in the context and writes one access line per request.
func RequestLogger(base *zap.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		l := base.With(zap.String("request_id", c.GetHeader("X-Request-ID")), zap.String("route", c.FullPath()))
		if phone := c.GetHeader("X-Rider-Phone"); phone != "" {
			// the rider app sends the verified phone number; support search logs by it
			l = l.With(zap.String("rider_phone", phone))
		}
		c.Request = c.Request.WithContext(logging.With(c.Request.Context(), l))
		c.Next()
		l.Info("request",
			zap.Int("status", c.Writer.Status()),
			zap.Duration("took", time.Since(start)),
			zap.String("client_ip", c.ClientIP()),
		)
	}
}
