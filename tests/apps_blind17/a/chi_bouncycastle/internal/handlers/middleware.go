package handlers

import (
	"net/http"

	"github.com/go-chi/chi/v5/middleware"
	"go.uber.org/zap"

	"github.com/jumpjoy-hire/bookings/internal/logging"
)

func RequestLogger(base *zap.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			l := base.With(
				zap.String("request_id", middleware.GetReqID(r.Context())),
				zap.String("path", r.URL.Path),
			)
			if email := r.Header.Get("X-Account-Email"); email != "" {
				l = l.With(logging.MaskedEmail("account", email))
			}
			next.ServeHTTP(w, r.WithContext(logging.Into(r.Context(), l)))
		})
	}
}
