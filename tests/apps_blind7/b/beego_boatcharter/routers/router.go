package routers

import (
	"github.com/beego/beego/v2/server/web"

	"github.com/bluewake/boatcharter/controllers"
)

func init() {
	web.Router("/healthz", &controllers.HealthController{})
	web.Router("/api/customers", &controllers.CustomerController{}, "post:Register")
	web.Router("/api/bookings", &controllers.BookingController{}, "post:Checkout")
	web.Router("/api/bookings/:ref/return", &controllers.BookingController{}, "post:Return")
	web.Router("/api/bookings/:ref/claim", &controllers.BookingController{}, "post:Claim")
	web.Router("/api/bookings/:ref/keycard", &controllers.BookingController{}, "post:IssueKeyCard")
	web.Router("/webhooks/seapay", &controllers.WebhookController{}, "post:SeaPay")
}
