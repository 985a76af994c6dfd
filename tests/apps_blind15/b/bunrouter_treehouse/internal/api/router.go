package api

import (
	"github.com/canopyworks/treehouse/internal/httpx"
	"github.com/canopyworks/treehouse/internal/store"
	"github.com/canopyworks/treehouse/internal/vendor"
	"github.com/uptrace/bunrouter"
)

type API struct {
	Clients   store.Clients
	Payments  store.Payments
	HTTP      *httpx.Clients
	ChurnZero vendor.ChurnZero
	Mezmo     vendor.Mezmo
}

func (a *API) Router() *bunrouter.Router {
	r := bunrouter.New(bunrouter.Use(requestContext), bunrouter.Use(errorHandler))
	r.WithGroup("/api", func(g *bunrouter.Group) {
		g.POST("/clients", a.createClient)
		g.GET("/clients/:id", a.getClient)
		g.POST("/clients/:id/deposit-card", a.depositCard)
		g.POST("/builds/:id/site-card", a.siteCard)
		g.POST("/builds/:id/timber-order", a.timberOrder)
		g.POST("/builds/:id/camera", a.cameraBooking)
		g.POST("/hooks/boughpay", a.gatewayHook)
	})
	return r
}
