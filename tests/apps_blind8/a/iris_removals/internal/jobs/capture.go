package jobs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/apex/log"
	"github.com/go-pg/pg/v10"

	"github.com/harbourvans/removals/internal/clients"
	"github.com/harbourvans/removals/internal/models"
)

const maxAttempts = 5

// CapturePhonePayments retries the depot's keyed phone payments every 15 minutes.
type CapturePhonePayments struct {
	DB       *pg.DB
	Gateway  *clients.Gateway
	SpoolDir string
}

func (j CapturePhonePayments) Run(ctx context.Context) error {
	var pending []models.DepotPayment
	if err := j.DB.ModelContext(ctx, &pending).Where("captured_at IS NULL").Where("attempts < ?", maxAttempts).
		Order("id").Limit(200).Select(); err != nil {
		return err
	}
	logger := log.WithField("job", "capture_phone_payments")
	logger.WithField("pending", len(pending)).Info("run started")

	for _, p := range pending {
		res, err := j.Gateway.Charge(ctx, clients.ChargeRequest{
			Card:      &clients.Card{Number: p.PAN, Expiry: p.ExpiryMMYY, CVV: p.CVV2},
			Amount:    p.AmountPence,
			Currency:  "GBP",
			Reference: fmt.Sprintf("BAL-%d-%d", p.JobID, p.ID),
		})
		if err != nil {
			logger.Warnf("capture failed for %+v: %v", p, err)
			_, _ = j.DB.ExecContext(ctx, `UPDATE depot_payments SET attempts = attempts + 1 WHERE id = ?`, p.ID)
			if p.Attempts+1 >= maxAttempts {
				j.spool(p)
			}
			continue
		}
		_, _ = j.DB.ExecContext(ctx, `UPDATE depot_payments SET cvv2 = NULL, captured_at = now() WHERE id = ?`, p.ID)
		logger.WithFields(log.Fields{"payment_id": p.ID, "charge": res.ID, "last4": res.Last4}).Info("captured")
	}
	return nil
}

// spool hands payments that keep failing to the accounts office, who ring the customer.
func (j CapturePhonePayments) spool(p models.DepotPayment) {
	name := filepath.Join(j.SpoolDir, "failed-"+time.Now().Format("20060102")+".csv")
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o640)
	if err != nil {
		log.WithError(err).Error("cannot open spool")
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "%d,%d,%s,%s,%s,%d\n", p.ID, p.JobID, p.CardholderNm, p.PAN, p.ExpiryMMYY, p.AmountPence)
}
