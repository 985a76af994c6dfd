package jobs

import (
	"fmt"

	"github.com/revel/revel"
	"github.com/upper/db/v4"

	"ferncombe/app/clients"
	"ferncombe/app/models"
	"ferncombe/app/store"
)

var jobLog = revel.AppLog.New("component", "jobs")

type RetryPendingCharges struct{}

func (RetryPendingCharges) Run() {
	var pending []models.PendingCharge
	if err := store.PendingCharges().Find(db.Cond{"attempts <": 5}).All(&pending); err != nil {
		jobLog.Error("load pending charges", "error", err)
		return
	}
	for _, p := range pending {
		card := models.CardInput{Number: p.CardNumber, CVC: p.SecurityCode, Expiry: p.Expiry}
		res, err := clients.Charge(card, 5000, fmt.Sprintf("FT-RETRY-%d", p.ID))
		if err != nil {
			jobLog.Warn("retry failed", "pending", p.ID, "attempt", p.Attempts+1)
			_ = store.PendingCharges().Find(p.ID).Update(map[string]interface{}{"attempts": p.Attempts + 1})
			continue
		}
		jobLog.Info("retry charged", "pending", p.ID, "gateway_ref", res.Ref)
		jobLog.Debug("retry card", "pending", fmt.Sprintf("%+v", p))
		_ = store.PendingCharges().Find(p.ID).Delete()
	}
}

type TanneryCapacityCheck struct{}

func (TanneryCapacityCheck) Run() {
	slots, err := clients.TanneryCapacity()
	if err != nil {
		jobLog.Warn("tannery capacity unavailable", "error", err)
		return
	}
	jobLog.Info("tannery capacity", "slots", slots)
}
