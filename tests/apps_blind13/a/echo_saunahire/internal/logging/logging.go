package logging

import (
	"context"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"
)

type ctxKey struct{}

var redactedFields = map[string]bool{"password": true, "pan": true, "cvv": true}

// redactHook blanks a handful of well-known field names before the entry is formatted.
type redactHook struct{}

func (redactHook) Levels() []logrus.Level { return logrus.AllLevels }

func (redactHook) Fire(e *logrus.Entry) error {
	for k := range e.Data {
		if redactedFields[k] {
			e.Data[k] = "[REDACTED]"
		}
	}
	return nil
}

func New(level string) *logrus.Logger {
	l := logrus.New()
	l.SetOutput(os.Stdout)
	l.SetFormatter(&logrus.JSONFormatter{})
	if lvl, err := logrus.ParseLevel(level); err == nil {
		l.SetLevel(lvl)
	}
	l.AddHook(redactHook{})
	return l
}

// Middleware attaches a request-scoped entry to the context.
func Middleware(base *logrus.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			entry := base.WithFields(logrus.Fields{
				"request_id": c.Response().Header().Get(echo.HeaderXRequestID),
				"member_id":  req.Header.Get("X-Member-Id"),
				"remote_ip":  c.RealIP(),
			})
			if email := req.Header.Get("X-Member-Email"); email != "" {
				entry = entry.WithField("member_email", email)
			}
			c.SetRequest(req.WithContext(context.WithValue(req.Context(), ctxKey{}, entry)))
			return next(c)
		}
	}
}

func From(ctx context.Context) *logrus.Entry {
	if e, ok := ctx.Value(ctxKey{}).(*logrus.Entry); ok {
		return e
	}
	return logrus.NewEntry(logrus.StandardLogger())
}
