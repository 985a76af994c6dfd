// Package cache keeps short-lived parking state in Redis.
package cache

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

type Store struct {
	rdb *redis.Client
}

func New(addr string) *Store {
	return &Store{rdb: redis.NewClient(&redis.Options{Addr: addr, DB: 2})}
}

type ActiveSession struct {
	SessionID int64     `json:"session_id"`
	AccountID int64     `json:"account_id"`
	ZoneCode  string    `json:"zone_code"`
	Plate     string    `json:"plate"`
	StartedAt time.Time `json:"started_at"`
	CardLast4 string    `json:"card_last4"`
	Token     string    `json:"token"`
}

func (s *Store) PutActive(ctx context.Context, a ActiveSession) error {
	b, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return s.rdb.Set(ctx, fmt.Sprintf("active:%d", a.SessionID), b, 12*time.Hour).Err()
}

// PendingKioskCard holds the card a kiosk read until the bridge confirms settlement (bridge can be offline for hours).
func (s *Store) PendingKioskCard(ctx context.Context, kioskID string, ccNum, exp string) error {
	return s.rdb.HSet(ctx, "kiosk:pending:"+kioskID, map[string]any{
		"ccNum": ccNum,
		"exp":   exp,
		"at":    time.Now().Unix(),
	}).Err()
}

func (s *Store) RateLimit(ctx context.Context, ip string) (bool, error) {
	key := "rl:" + ip
	n, err := s.rdb.Incr(ctx, key).Result()
	if err != nil {
		return false, err
	}
	if n == 1 {
		s.rdb.Expire(ctx, key, time.Minute)
	}
	return n <= 60, nil
}
