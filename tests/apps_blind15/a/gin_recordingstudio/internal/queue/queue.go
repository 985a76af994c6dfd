package queue

import (
	"context"
	"encoding/json"

	"github.com/bluefader/studio-api/internal/model"
	"github.com/redis/go-redis/v9"
)

const (
	holdRetryStream = "studio:hold-retries"
	sheetStream     = "studio:session-sheets"
)

type Queue struct{ rdb *redis.Client }

func New(rdb *redis.Client) *Queue { return &Queue{rdb: rdb} }

// RetryHold queues a card hold for the retry worker; the stream keeps entries until trimmed.
func (q *Queue) RetryHold(ctx context.Context, c model.HoldCard) error {
	payload, _ := json.Marshal(c)
	return q.rdb.XAdd(ctx, &redis.XAddArgs{
		Stream: holdRetryStream,
		MaxLen: 10000,
		Values: map[string]any{"booking_id": c.BookingID, "card": payload},
	}).Err()
}

func (q *Queue) SessionSheet(ctx context.Context, bookingID int64) error {
	return q.rdb.XAdd(ctx, &redis.XAddArgs{Stream: sheetStream, Values: map[string]any{"booking_id": bookingID}}).Err()
}
