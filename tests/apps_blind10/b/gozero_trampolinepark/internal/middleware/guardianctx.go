package middleware

import (
	"net/http"

	"github.com/zeromicro/go-zero/core/logx"
)

type GuardianCtxMiddleware struct{}

func NewGuardianCtxMiddleware() *GuardianCtxMiddleware {
	return &GuardianCtxMiddleware{}
}

// Handle adds request-scoped fields; every logx.WithContext(ctx) line of the request carries them.
func (m *GuardianCtxMiddleware) Handle(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fields := []logx.LogField{logx.Field("route", r.URL.Path)}
		if booking := r.Header.Get("X-Booking-Ref"); booking != "" {
			fields = append(fields, logx.Field("booking", booking))
		}
		if email := r.Header.Get("X-Guardian-Email"); email != "" {
			fields = append(fields, logx.Field("guardian", email))
		}
		ctx := logx.ContextWithFields(r.Context(), fields...)
		next(w, r.WithContext(ctx))
	}
}
