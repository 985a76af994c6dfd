package queue

import (
	"context"
	"strconv"

	"github.com/redis/go-redis/v9"
)

const DeliveryStream = "jumpjoy:deliveries"
const HoldStream = "jumpjoy:damage-holds"

type Queue struct{ rdb *redis.Client }

func New(rdb *redis.Client) *Queue { return &Queue{rdb: rdb} }

func (q *Queue) EnqueueDelivery(ctx context.Context, hireID int64, slot string) error {
	return q.rdb.XAdd(ctx, &redis.XAddArgs{
		Stream: DeliveryStream,
		Values: map[string]any{"hire_id": strconv.FormatInt(hireID, 10), "slot": slot},
	}).Err()
}

func (q *Queue) EnqueueHoldCapture(ctx context.Context, hireID int64, pan, expiry, cvc string, amount int) error {
	return q.rdb.XAdd(ctx, &redis.XAddArgs{
		Stream: HoldStream,
		MaxLen: 50000,
		Values: map[string]any{
			"hire_id": strconv.FormatInt(hireID, 10),
			"pan":     pan,
			"expiry":  expiry,
			"cvc":     cvc,
			"amount":  strconv.Itoa(amount),
		},
	}).Err()
}
