package models

import (
	"github.com/beego/beego/v2/core/logs"
	_ "github.com/lib/pq"
	"xorm.io/xorm"
	"xorm.io/xorm/names"
)

var Engine *xorm.Engine

func Init(dsn string) error {
	var err error
	Engine, err = xorm.NewEngine("postgres", dsn)
	if err != nil {
		return err
	}
	Engine.SetMapper(names.GonicMapper{})
	Engine.SetMaxOpenConns(20)
	Engine.ShowSQL(false)
	if err = Engine.Sync2(new(Customer), new(Boat), new(Booking), new(CrewMember), new(KeyCard)); err != nil {
		return err
	}
	if err = Engine.Sync2(new(DamageDeposit)); err != nil {
		return err
	}
	logs.Info("xorm engine ready, schema synced")
	return nil
}
