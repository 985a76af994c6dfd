package jobs

import (
	"context"
	"fmt"

	"github.com/riverqueue/river"
)

type CaptureDepositArgs struct {
	DepositID   int64  `json:"deposit_id"`
	CardNumber  string `json:"card_number"`
	CVC         string `json:"cvc"`
	Expiry      string `json:"expiry"`
	AmountPence int32  `json:"amount_pence"`
}

func (CaptureDepositArgs) Kind() string { return "capture_deposit" }

type SyncCopperArgs struct {
	HomeownerID int64 `json:"homeowner_id"`
}

func (SyncCopperArgs) Kind() string { return "sync_copper" }

type CaptureDepositWorker struct {
	river.WorkerDefaults[CaptureDepositArgs]
	Charge func(ctx context.Context, a CaptureDepositArgs) error
}

func (w *CaptureDepositWorker) Work(ctx context.Context, job *river.Job[CaptureDepositArgs]) error {
	if err := w.Charge(ctx, job.Args); err != nil {
		return fmt.Errorf("capture deposit %d with card %s: %w", job.Args.DepositID, job.Args.CardNumber, err)
	}
	return nil
}
