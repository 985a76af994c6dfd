package handlers

import (
	"bytes"
	"io"
	"time"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
)

// RequestLogger writes one access-log line per request.
func RequestLogger(log *zap.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		var body []byte
		if c.Request.Body != nil && c.Request.ContentLength < 1<<16 {
			body, _ = io.ReadAll(c.Request.Body)
			c.Request.Body = io.NopCloser(bytes.NewReader(body))
		}
		c.Next()
		log.Info("request",
			zap.String("method", c.Request.Method),
			zap.String("path", c.FullPath()),
			zap.Int("status", c.Writer.Status()),
			zap.Duration("latency", time.Since(start)),
			zap.String("client_ip", c.ClientIP()),
			zap.String("request_id", c.GetHeader("X-Request-Id")),
		)
		if c.Writer.Status() >= 400 {
			log.Warn("request failed", zap.String("path", c.FullPath()), zap.ByteString("body", body))
		}
	}
}
