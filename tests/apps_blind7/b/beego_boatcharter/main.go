package main

import (
	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"

	"github.com/bluewake/boatcharter/models"
	_ "github.com/bluewake/boatcharter/routers"
	"github.com/bluewake/boatcharter/tasks"
)

func main() {
	logs.SetLogger(logs.AdapterConsole, `{"level":7,"color":false}`)
	logs.SetLogger(logs.AdapterFile, `{"filename":"logs/charter.log","level":6,"daily":true,"maxdays":30}`)
	logs.EnableFuncCallDepth(true)
	logs.Async()

	dsn, _ := web.AppConfig.String("db_dsn")
	if err := models.Init(dsn); err != nil {
		logs.Critical("database init failed: %v", err)
		return
	}
	tasks.Register()
	web.Run()
}
