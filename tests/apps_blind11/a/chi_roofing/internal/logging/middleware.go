package logging

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5/middleware"
)

func RequestLogger(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := Base.With().
			Str("request_id", middleware.GetReqID(r.Context())).
			Str("method", r.Method).
			Str("path", r.URL.Path).
			Logger()
		if email := r.Header.Get("X-Homeowner-Email"); email != "" {
			l = l.With().Str("homeowner_email", email).Str("remote_ip", r.RemoteAddr).Logger()
		}
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		start := time.Now()
		next.ServeHTTP(ww, r.WithContext(l.WithContext(r.Context())))
		l.Info().Int("status", ww.Status()).Dur("took", time.Since(start)).Msg("request")
	})
}
