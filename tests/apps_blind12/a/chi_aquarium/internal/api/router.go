package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"
	"gorm.io/gorm"

	"github.com/reefwright/servicedesk/internal/gateway"
	"github.com/reefwright/servicedesk/internal/logging"
	"github.com/reefwright/servicedesk/internal/vendors"
)

type Server struct {
	DB        *gorm.DB
	Redis     *redis.Client
	Log       *zap.Logger
	Pay       *gateway.CoralPay
	Pendo     *vendors.Pendo
	Freshdesk *vendors.Freshdesk
	Parts     *http.Client
	PartsURL  string
	Sensors   *http.Client
}

func (s *Server) requestLogger(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := s.Log.With(zap.String("request_id", middleware.GetReqID(r.Context())), zap.String("path", r.URL.Path))
		if email := r.Header.Get("X-Customer-Email"); email != "" {
			l = l.With(zap.String("customer_email", email), zap.String("remote_ip", r.RemoteAddr))
		}
		next.ServeHTTP(w, r.WithContext(logging.WithLogger(r.Context(), l)))
	})
}

func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer, s.requestLogger)
	r.Post("/customers", s.createCustomer)
	r.Post("/customers/{id}/support", s.supportRequest)
	r.Post("/plans", s.startPlan)
	r.Post("/hooks/coralpay", s.coralWebhook)
	return r
}
