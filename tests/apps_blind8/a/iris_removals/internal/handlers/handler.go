package handlers

import (
	"github.com/go-pg/pg/v10"
	"github.com/kataras/iris/v12"

	"github.com/harbourvans/removals/config"
	"github.com/harbourvans/removals/internal/clients"
)

type Handler struct {
	DB        *pg.DB
	Cfg       config.Config
	Gateway   *clients.Gateway
	Insurer   *clients.Insurer
	Pipedrive clients.Pipedrive
	Dispatch  clients.Dispatch
}

func (h *Handler) Register(app *iris.Application) {
	api := app.Party("/api")
	{
		api.Post("/quotes", h.CreateQuote)
		api.Post("/quotes/{id:int64}/accept", h.AcceptQuote)
		api.Get("/jobs/{id:int64}", h.GetJob)
	}
	office := app.Party("/office", h.requireStaff)
	{
		office.Post("/jobs/{id:int64}/phone-payment", h.PhonePayment)
		office.Post("/crew-sheets/{van:string}", h.SendCrewSheet)
	}
	app.Post("/webhooks/payharbour", h.GatewayWebhook)
}

func (h *Handler) requireStaff(ctx iris.Context) {
	if ctx.GetHeader("X-Staff-Token") == "" {
		ctx.StopWithStatus(iris.StatusUnauthorized)
		return
	}
	ctx.Next()
}
