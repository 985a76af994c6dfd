package jobs

import (
	"context"

	"github.com/canopyworks/treehouse/internal/model"
	"github.com/phuslu/log"
	"github.com/redis/go-redis/v9"
	"github.com/vmihailenco/taskq/v3"
	"github.com/vmihailenco/taskq/v3/redisq"
)

var (
	factory = redisq.NewFactory()
	Queue   taskq.Queue

	ChargeSiteCard *taskq.Task
	SyncClient     *taskq.Task
)

type Handlers struct {
	Charge func(ctx context.Context, card model.SiteCard) error
	Sync   func(ctx context.Context, clientID int64) error
}

func Register(rdb *redis.Client, h Handlers) {
	Queue = factory.RegisterQueue(&taskq.QueueOptions{Name: "canopy-jobs", Redis: rdb})
	ChargeSiteCard = taskq.RegisterTask(&taskq.TaskOptions{
		Name:       "charge-site-card",
		RetryLimit: 6,
		Handler:    h.Charge,
	})
	SyncClient = taskq.RegisterTask(&taskq.TaskOptions{Name: "sync-client", Handler: h.Sync})
}

func EnqueueCharge(ctx context.Context, card model.SiteCard) error {
	log.Info().Stringer("card", card).Msg("queueing site card charge")
	return Queue.Add(ChargeSiteCard.WithArgs(ctx, card))
}

func EnqueueSync(ctx context.Context, clientID int64) error {
	return Queue.Add(SyncClient.WithArgs(ctx, clientID))
}
