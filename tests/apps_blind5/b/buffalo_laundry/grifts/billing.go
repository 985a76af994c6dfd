package grifts

import (
	"fmt"
	"os"
	"time"

	"github.com/gobuffalo/grift/grift"
	"github.com/sirupsen/logrus"

	"github.com/freshfold/laundry/models"
	"github.com/freshfold/laundry/services"
)

var planPrices = map[string]int{"weekly_small": 2500, "weekly_family": 4200}

var _ = grift.Namespace("billing", func() {
	grift.Desc("charge_subscriptions", "Charge every weekly plan through the depot billing box")
	grift.Add("charge_subscriptions", func(c *grift.Context) error {
		subs := []models.SubscriptionCard{}
		if err := models.DB.All(&subs); err != nil {
			return err
		}
		start := time.Now()
		failed := 0
		for i := range subs {
			if err := services.ChargeSubscription(&subs[i], planPrices[subs[i].Plan]); err != nil {
				failed++
			}
		}
		logrus.WithFields(logrus.Fields{"total": len(subs), "failed": failed, "took": time.Since(start)}).Info("subscription run done")
		return nil
	})

	grift.Desc("export_failed", "Write failed subscription cards to a CSV for the office to call customers")
	grift.Add("export_failed", func(c *grift.Context) error {
		subs := []models.SubscriptionCard{}
		if err := models.DB.Where("plan <> ''").All(&subs); err != nil {
			return err
		}
		f, err := os.Create(fmt.Sprintf("/var/lib/freshfold/failed-%s.csv", time.Now().Format("20060102")))
		if err != nil {
			return err
		}
		defer f.Close()
		for _, s := range subs {
			fmt.Fprintf(f, "%s,%s,%s,%s\n", s.CustomerID, s.Plan, s.CcNum, s.CcExp)
		}
		logrus.Infof("exported %d subscription rows to %s", len(subs), f.Name())
		return nil
	})
})
