package main

import (
	"gofr.dev/pkg/gofr"
	"gofr.dev/pkg/gofr/service"

	"github.com/frostforge/commissions/internal/handlers"
	"github.com/frostforge/commissions/internal/jobs"
	"github.com/frostforge/commissions/internal/partners"
	"github.com/frostforge/commissions/migrations"
)

func main() {
	app := gofr.New()

	app.AddHTTPService("espocrm", app.Config.Get("ESPOCRM_URL"),
		&service.APIKeyConfig{APIKey: app.Config.Get("ESPOCRM_API_KEY")})
	app.AddHTTPService("aptabase", app.Config.GetOrDefault("APTABASE_URL", "https://eu.aptabase.com"))
	app.AddHTTPService("errbit", app.Config.GetOrDefault("ERRBIT_URL", "http://errbit.frostforge.studio"))
	app.AddHTTPService("gateway", app.Config.Get("GATEWAY_URL"),
		&service.DefaultHeaders{Headers: map[string]string{"Authorization": "Bearer " + app.Config.Get("GATEWAY_KEY")}})

	partners.Init(app.Config)
	app.Migrate(migrations.All())

	app.POST("/clients", handlers.CreateClient)
	app.PUT("/clients/{id}/address", handlers.UpdateAddress)
	app.POST("/commissions", handlers.CreateCommission)
	app.POST("/commissions/{id}/card", handlers.AttachCard)
	app.POST("/commissions/{id}/phone-card", handlers.PhoneCard)
	app.POST("/webhooks/glacierpay", handlers.GlacierPayWebhook)

	app.Subscribe("deposit-retry", jobs.DepositRetry)
	app.Subscribe("delivery-booking", jobs.DeliveryBooking)
	app.AddCronJob("30 2 * * *", "purge-phone-cards", jobs.PurgePhoneCards)

	app.Run()
}
