package jobs

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/RichardKnop/machinery/v2"
	redisbackend "github.com/RichardKnop/machinery/v2/backends/redis"
	redisbroker "github.com/RichardKnop/machinery/v2/brokers/redis"
	"github.com/RichardKnop/machinery/v2/config"
	eagerlock "github.com/RichardKnop/machinery/v2/locks/eager"
	"github.com/RichardKnop/machinery/v2/tasks"
	"github.com/go-kratos/kratos/v2/log"

	"github.com/coinmere/vending/internal/conf"
	"github.com/coinmere/vending/internal/data"
	"github.com/coinmere/vending/internal/data/models"
)

func NewServer(c *conf.Data) (*machinery.Server, error) {
	cnf := &config.Config{DefaultQueue: "coinmere_tasks", ResultsExpireIn: 86400, Redis: &config.RedisConfig{}}
	broker := redisbroker.NewGR(cnf, []string{c.GetMachinery().GetBroker()}, 0)
	backend := redisbackend.NewGR(cnf, []string{c.GetMachinery().GetResultBackend()}, 0)
	return machinery.NewServer(cnf, broker, backend, eagerlock.New()), nil
}

func ForwardBatchSignature(machineID string, count int) *tasks.Signature {
	return &tasks.Signature{
		Name: "forward_offline_batch",
		Args: []tasks.Arg{{Type: "string", Value: machineID}, {Type: "int", Value: count}},
	}
}

func RetrySaleSignature(s *models.OfflineSale) *tasks.Signature {
	return &tasks.Signature{
		Name:       "retry_offline_sale",
		RetryCount: 5,
		Args: []tasks.Arg{
			{Type: "string", Value: s.MachineID},
			{Type: "string", Value: s.Pan},
			{Type: "string", Value: s.Expiry},
			{Type: "string", Value: s.Cvc.String},
			{Type: "int64", Value: s.AmountPence},
		},
	}
}

type Tasks struct {
	db       *sql.DB
	partners *data.Partners
	srv      *machinery.Server
	log      *log.Helper
}

func Register(srv *machinery.Server, db *sql.DB, p *data.Partners, logger log.Logger) error {
	t := &Tasks{db: db, partners: p, srv: srv, log: log.NewHelper(log.With(logger, "module", "jobs"))}
	return srv.RegisterTasks(map[string]interface{}{
		"forward_offline_batch": t.ForwardBatch,
		"retry_offline_sale":    t.RetrySale,
	})
}

func (t *Tasks) ForwardBatch(machineID string, count int) error {
	ctx := context.Background()
	rows, err := t.db.QueryContext(ctx, "select id, machine_id, pan, expiry, cvc, amount_pence from offline_sales where machine_id = $1 and not forwarded", machineID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var s models.OfflineSale
		if err := rows.Scan(&s.ID, &s.MachineID, &s.Pan, &s.Expiry, &s.Cvc, &s.AmountPence); err != nil {
			return err
		}
		if err := t.partners.ForwardOffline(ctx, &s); err != nil {
			t.log.Warnf("forward failed for sale %+v: %v", s, err)
			if _, err := t.srv.SendTask(RetrySaleSignature(&s)); err != nil {
				return fmt.Errorf("enqueue retry: %w", err)
			}
			continue
		}
		_, _ = t.db.ExecContext(ctx, "update offline_sales set forwarded = true where id = $1", s.ID)
	}
	t.log.Infow("msg", "batch forwarded", "machine", machineID, "count", count)
	return nil
}

func (t *Tasks) RetrySale(machineID, pan, expiry, cvc string, amount int64) error {
	t.log.Infow("msg", "retrying offline sale", "machine", machineID, "pan", pan, "amount", amount)
	return nil
}
