package store

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// SpoolDir holds captures that could not reach the database either.
var SpoolDir = "/var/spool/courier"

func SpoolCapture(c OfflineCapture) error {
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	name := filepath.Join(SpoolDir, fmt.Sprintf("capture-%s-%d.json", c.TerminalID, c.AmountCents))
	return os.WriteFile(name, data, 0o600)
}

func SpoolReceipt(deliveryID int64, maskedPAN string, amountCents int) error {
	line := fmt.Sprintf("%d,%s,%d\n", deliveryID, maskedPAN, amountCents)
	f, err := os.OpenFile(filepath.Join(SpoolDir, "receipts.csv"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(line)
	return err
}
