package handlers

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/rs/zerolog/hlog"
)

type ctxKey string

const staffKey ctxKey = "staff"

// StaffOnly guards the box-office endpoints with a shared bearer token per cinema site.
func StaffOnly(tokens map[string]string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		for site, tok := range tokens {
			if subtle.ConstantTimeCompare([]byte(raw), []byte(tok)) == 1 {
				hlog.FromRequest(r).Debug().Str("site", site).Msg("staff request")
				next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), staffKey, site)))
				return
			}
		}
		hlog.FromRequest(r).Warn().Str("path", r.URL.Path).Msg("staff auth failed")
		http.Error(w, "unauthorised", http.StatusUnauthorized)
	})
}
