package cache

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/hivedesk/cowork/internal/models"
)

const checkoutTTL = 15 * time.Minute

// CheckoutCache parks day-pass checkouts while the 3-D Secure challenge runs.
type CheckoutCache struct {
	rdb *redis.Client
}

func NewCheckoutCache(rdb *redis.Client) *CheckoutCache {
	return &CheckoutCache{rdb: rdb}
}

func key(ref string) string { return fmt.Sprintf("daypass:checkout:%s", ref) }

func (c *CheckoutCache) Put(ctx context.Context, ref string, checkout models.DayPassCheckout) error {
	payload, err := json.Marshal(checkout)
	if err != nil {
		return err
	}
	return c.rdb.Set(ctx, key(ref), payload, checkoutTTL).Err()
}

func (c *CheckoutCache) Take(ctx context.Context, ref string) (models.DayPassCheckout, error) {
	var out models.DayPassCheckout
	raw, err := c.rdb.GetDel(ctx, key(ref)).Bytes()
	if err != nil {
		return out, err
	}
	return out, json.Unmarshal(raw, &out)
}

// RememberLastCard lets the kiosk pre-fill the card for a returning walk-in.
func (c *CheckoutCache) RememberLastCard(ctx context.Context, email, cardNumber string, expMonth, expYear int) error {
	return c.rdb.HSet(ctx, "kiosk:lastcard:"+email,
		"card_number", cardNumber,
		"exp", fmt.Sprintf("%02d/%d", expMonth, expYear),
	).Err()
}

// RememberMethod keeps only the processor reference and the digits the kiosk shows.
func (c *CheckoutCache) RememberMethod(ctx context.Context, memberID uint, processorRef, last4 string) error {
	return c.rdb.HSet(ctx, fmt.Sprintf("member:%d:method", memberID), "ref", processorRef, "last4", last4).Err()
}
