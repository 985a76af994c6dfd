package svc

import (
	"crypto/tls"
	"net/http"
	"time"

	"github.com/bouncebarn/jumppark/internal/clients"
	"github.com/bouncebarn/jumppark/internal/config"
	"github.com/bouncebarn/jumppark/internal/middleware"
	"github.com/bouncebarn/jumppark/model"

	"github.com/zeromicro/go-queue/dq"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpc"
)

type ServiceContext struct {
	Config      config.Config
	GuardianCtx rest.Middleware

	JumpersModel    model.JumpersModel
	PartyCardsModel model.PartyCardsModel
	CaptureDq       dq.Producer

	Gateway   *clients.Gateway
	PartyHost *clients.PartyHost
	Schools   *clients.Schools
	Turnstile *clients.Turnstile
	Loops     *clients.Loops
}

func NewServiceContext(c config.Config) *ServiceContext {
	conn := sqlx.NewMysql(c.Mysql.DataSource)

	schoolsTransport := http.DefaultTransport.(*http.Transport).Clone()
	schoolsTransport.TLSClientConfig = &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: c.Schools.SkipVerify,
	}

	return &ServiceContext{
		Config:          c,
		GuardianCtx:     middleware.NewGuardianCtxMiddleware().Handle,
		JumpersModel:    model.NewJumpersModel(conn),
		PartyCardsModel: model.NewPartyCardsModel(conn),
		CaptureDq:       dq.NewProducer(c.CaptureDq.Beanstalks),
		Gateway:         clients.NewGateway(c.Gateway.BaseURL, c.Gateway.Secret),
		PartyHost:       clients.NewPartyHost(c.PartyHost.BaseURL),
		Schools: clients.NewSchools(c.Schools.BaseURL, httpc.NewServiceWithClient("schools",
			&http.Client{Transport: schoolsTransport, Timeout: 10 * time.Second})),
		Turnstile: clients.NewTurnstile(c.Turnstile.BaseURL),
		Loops:     clients.NewLoops(c.Loops.APIKey),
	}
}
