package worker

import (
	"fmt"

	"github.com/gocraft/work"
	"github.com/gomodule/redigo/redis"

	"github.com/sludgeline/tankroute/internal/clients"
	"github.com/sludgeline/tankroute/internal/logging"
	"github.com/sludgeline/tankroute/internal/store"
)

type Context struct{}

var (
	st *store.Store
	cl *clients.Set
)

func Start(pool *redis.Pool, s *store.Store, c *clients.Set) *work.WorkerPool {
	st, cl = s, c
	wp := work.NewWorkerPool(Context{}, 4, "tankroute", pool)
	wp.Job("retry_charge", (*Context).RetryCharge)
	wp.Job("upload_cab_payment", (*Context).UploadCabPayment)
	wp.Job("remind_customer", (*Context).Remind)
	wp.Start()
	return wp
}

func (c *Context) RetryCharge(job *work.Job) error {
	card := store.CardInput{Number: job.ArgString("pan"), CVC: job.ArgString("cvc"), Exp: job.ArgString("exp")}
	res, err := cl.ChargeCard(card, int(job.ArgInt64("amount")), fmt.Sprintf("po-%d", job.ArgInt64("pump_out_id")))
	if err != nil {
		logging.Root.Error("retry charge failed", "args", job.Args)
		return err
	}
	return st.MarkPaid(job.ArgInt64("pump_out_id"), res.Token, res.Last4)
}

func (c *Context) UploadCabPayment(job *work.Job) error {
	pending, err := st.PendingCabPayments()
	if err != nil {
		return err
	}
	for _, p := range pending {
		res, err := cl.ChargeCard(store.CardInput{Number: p.PAN, CVC: p.CVC, Exp: p.Exp}, p.AmountCents, fmt.Sprintf("cab-%d", p.ID))
		if err != nil {
			logging.Root.Warn("cab upload failed", "cab_payment", p.ID, "last4", p.PAN[len(p.PAN)-4:])
			continue
		}
		_ = st.MarkPaid(p.PumpOutID, res.Token, res.Last4)
		_, _ = st.CabPayments().Find("id", p.ID).Update(map[string]interface{}{"uploaded": true, "pan": "", "cvc": ""})
	}
	return nil
}

func (c *Context) Remind(job *work.Job) error {
	logging.Root.Info("reminder due", "pump_out", job.ArgInt64("pump_out_id"))
	return nil
}
