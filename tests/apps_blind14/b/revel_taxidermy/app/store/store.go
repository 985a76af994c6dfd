package store

import (
	"github.com/revel/revel"
	"github.com/upper/db/v4"
	"github.com/upper/db/v4/adapter/postgresql"
)

var Sess db.Session

func Open() {
	url, err := postgresql.ParseURL(revel.Config.StringDefault("db.url", ""))
	if err != nil {
		revel.AppLog.Fatal("bad db.url", "error", err)
	}
	Sess, err = postgresql.Open(url)
	if err != nil {
		revel.AppLog.Fatal("db open failed", "error", err)
	}
}

func Customers() db.Collection      { return Sess.Collection("customers") }
func Commissions() db.Collection    { return Sess.Collection("commissions") }
func Deposits() db.Collection       { return Sess.Collection("deposits") }
func PendingCharges() db.Collection { return Sess.Collection("pending_charges") }
