package api

import (
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/slateridge/roofing/config"
	"github.com/slateridge/roofing/internal/analytics"
	"github.com/slateridge/roofing/internal/crm"
	"github.com/slateridge/roofing/internal/db"
	"github.com/slateridge/roofing/internal/httpclient"
	"github.com/slateridge/roofing/internal/logging"
)

type Server struct {
	Q        *db.Queries
	River    *river.Client[pgx.Tx]
	Cfg      *config.Config
	Clients  *httpclient.Clients
	Copper   *crm.Copper
	Kiss     *analytics.Kissmetrics
}

func (s *Server) Routes() chi.Router {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.RealIP)
	r.Use(logging.RequestLogger)
	r.Post("/homeowners", s.createHomeowner)
	r.Post("/deposits", s.createDeposit)
	r.Post("/scaffold/book", s.bookScaffold)
	r.Post("/webhooks/tilepay", s.tilepayWebhook)
	return r
}
