package api

import (
	"github.com/charmbracelet/log"
	"github.com/danielgtaylor/huma/v2"
	"github.com/go-co-op/gocron/v2"
	"github.com/go-gorp/gorp/v3"

	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/vendors"
)

type Server struct {
	DB        *gorp.DbMap
	Vendors   *vendors.Clients
	Scheduler gocron.Scheduler
}

func (s *Server) Register(api huma.API) {
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		reqID := ctx.Header("X-Request-Id")
		l := logging.Base.With("request_id", reqID, "path", ctx.URL().Path)
		next(huma.WithContext(ctx, log.WithContext(ctx.Context(), l)))
	})
	s.registerPatients(api)
	s.registerPayments(api)
	s.registerWebhooks(api)
}
