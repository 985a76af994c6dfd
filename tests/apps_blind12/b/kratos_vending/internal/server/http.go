package server

import (
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/logging"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/transport/http"

	v1 "github.com/coinmere/vending/api/vending/v1"
	"github.com/coinmere/vending/internal/conf"
	"github.com/coinmere/vending/internal/service"
)

func NewHTTPServer(c *conf.Server, svc *service.VendingService, logger log.Logger) *http.Server {
	srv := http.NewServer(
		http.Address(c.GetHttp().GetAddr()),
		http.Timeout(c.GetHttp().GetTimeout().AsDuration()),
		http.Middleware(
			recovery.Recovery(),
			tracing.Server(),
			logging.Server(logger),
		),
	)
	v1.RegisterVendingHTTPServer(srv, svc)
	return srv
}
