package actions

import (
	"net/http"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/buffalo-pop/v3/pop/popmw"
	"github.com/gobuffalo/envy"
	"github.com/gobuffalo/middleware/contenttype"
	"github.com/gobuffalo/middleware/paramlogger"
	"github.com/gobuffalo/x/sessions"
	"github.com/rs/cors"

	"github.com/freshfold/laundry/models"
)

var ENV = envy.Get("GO_ENV", "development")

var app *buffalo.App

// App is where all routes and middleware for buffalo should be defined.
func App() *buffalo.App {
	if app != nil {
		return app
	}
	app = buffalo.New(buffalo.Options{
		Env:          ENV,
		SessionStore: sessions.Null{},
		PreWares:     []buffalo.PreWare{cors.Default().Handler},
		SessionName:  "_freshfold_session",
	})

	app.Use(paramlogger.ParameterLogger)
	app.Use(contenttype.Set("application/json"))
	app.Use(popmw.Transaction(models.DB))

	app.GET("/healthz", func(c buffalo.Context) error {
		return c.Render(http.StatusOK, r.JSON(map[string]string{"status": "ok"}))
	})
	api := app.Group("/api")
	api.Use(RequireCustomer)
	api.Middleware.Skip(RequireCustomer, CustomersCreate)
	api.POST("/customers", CustomersCreate)
	api.PATCH("/customers/me", CustomersUpdate)
	api.POST("/orders", OrdersCreate)
	api.POST("/subscriptions", SubscriptionsCreate)
	api.POST("/orders/{order_id}/locker", OrdersAssignLocker)
	app.POST("/webhooks/processor", ProcessorWebhook)
	return app
}
