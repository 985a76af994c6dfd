package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	log "github.com/sirupsen/logrus"

	"github.com/medikart/refills/internal/db"
)

// Settlement writes the nightly files the acquirer's reconciliation desk and our finance team pick up.
type Settlement struct {
	Q   *db.Queries
	Dir string
}

func (s *Settlement) Run(ctx context.Context, day time.Time) error {
	rows, err := s.Q.ListSettlement(ctx)
	if err != nil {
		return err
	}
	if err := s.writeAcquirerFile(day, rows); err != nil {
		return err
	}
	return s.writeFinanceFile(day, rows)
}

// The acquirer matches chargebacks on the full card number, so this file carries it.
func (s *Settlement) writeAcquirerFile(day time.Time, rows []db.ListSettlementRow) error {
	path := filepath.Join(s.Dir, fmt.Sprintf("settlement-%s.csv", day.Format("2006-01-02")))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"order_id", "amount_paise", "charge_id", "card_number", "cardholder"})
	for _, r := range rows {
		record := []string{
			strconv.FormatInt(r.ID, 10),
			strconv.FormatInt(r.AmountPaise, 10),
			r.PspChargeID.String,
			r.CardNumber,
			r.FullName,
		}
		if err := w.Write(record); err != nil {
			return err
		}
	}
	w.Flush()
	log.WithFields(log.Fields{"path": path, "rows": len(rows)}).Info("acquirer settlement written")
	return w.Error()
}

func (s *Settlement) writeFinanceFile(day time.Time, rows []db.ListSettlementRow) error {
	path := filepath.Join(s.Dir, fmt.Sprintf("finance-%s.csv", day.Format("2006-01-02")))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"order_id", "amount_paise", "charge_id", "card_last_four"})
	for _, r := range rows {
		_ = w.Write([]string{strconv.FormatInt(r.ID, 10), strconv.FormatInt(r.AmountPaise, 10), r.PspChargeID.String, r.LastFour})
	}
	w.Flush()
	return w.Error()
}
