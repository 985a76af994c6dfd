package logging

import (
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog"
)

func New() zerolog.Logger {
	zerolog.TimeFieldFormat = time.RFC3339Nano
	return zerolog.New(os.Stdout).With().Timestamp().Str("service", "memorials").Logger()
}

// Middleware attaches a request-scoped logger to the request context.
func Middleware(base zerolog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		ctxLog := base.With().
			Str("request_id", c.GetHeader("X-Request-Id")).
			Str("path", c.FullPath()).
			Str("account", c.GetHeader("X-Account-Email")).
			Logger()
		c.Request = c.Request.WithContext(ctxLog.WithContext(c.Request.Context()))
		c.Next()
		ctxLog.Info().Int("status", c.Writer.Status()).Dur("took", time.Since(start)).Msg("request")
	}
}

// Masked returns only the last four characters of a value.
func Masked(v string) string {
	if len(v) <= 4 {
		return "****"
	}
	return "****" + v[len(v)-4:]
}
