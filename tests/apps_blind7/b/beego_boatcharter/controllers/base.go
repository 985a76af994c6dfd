package controllers

import (
	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"
)

type BaseController struct {
	web.Controller
	requestID string
}

func (c *BaseController) Prepare() {
	c.requestID = c.Ctx.Input.Header("X-Request-Id")
	if c.requestID == "" {
		c.requestID = "-"
	}
}

func (c *BaseController) fail(status int, code string, err error) {
	logs.Warn("[%s] %s %s -> %d %s: %v", c.requestID, c.Ctx.Input.Method(), c.Ctx.Input.URL(), status, code, err)
	c.Ctx.Output.SetStatus(status)
	c.Data["json"] = map[string]string{"error": code}
	_ = c.ServeJSON()
}

func (c *BaseController) ok(v interface{}) {
	c.Data["json"] = v
	_ = c.ServeJSON()
}

type HealthController struct {
	BaseController
}

func (c *HealthController) Get() {
	c.ok(map[string]string{"status": "ok"})
}
