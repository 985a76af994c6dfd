package app

import (
	"github.com/revel/modules/jobs/app/jobs"
	"github.com/revel/revel"

	"ferncombe/app/clients"
	appjobs "ferncombe/app/jobs"
	"ferncombe/app/store"
)

func init() {
	revel.Filters = []revel.Filter{
		revel.PanicFilter,
		revel.RouterFilter,
		revel.FilterConfiguringFilter,
		revel.ParamsFilter,
		revel.SessionFilter,
		revel.FlashFilter,
		RequestLogContext,
		revel.ValidationFilter,
		revel.InterceptorFilter,
		revel.CompressFilter,
		revel.ActionInvoker,
	}
	revel.OnAppStart(store.Open)
	revel.OnAppStart(clients.Init)
	revel.OnAppStart(func() {
		jobs.Schedule("@every 10m", appjobs.RetryPendingCharges{})
		jobs.Schedule("0 7 * * *", appjobs.TanneryCapacityCheck{})
	})
}

func RequestLogContext(c *revel.Controller, fc []revel.Filter) {
	c.Log = c.Log.New("request_id", c.Request.GetHttpHeader("X-Request-Id"), "remote", c.ClientIP, "customer_email", c.Session["email"])
	fc[0](c, fc[1:])
}
