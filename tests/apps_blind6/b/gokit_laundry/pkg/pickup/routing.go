package pickup

import (
	"context"
	"sort"
	"time"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
)

// Stop is one pickup on a driver's route.
type Stop struct {
	PickupID    int64     `db:"id"`
	Postcode    string    `db:"postcode"`
	WindowStart time.Time `db:"window_start"`
	Bags        int       `db:"bag_count"`
}

type Router struct {
	DB     *sqlx.DB
	Redis  *redis.Client
	Logger log.Logger
}

// PlanRoute orders today's pickups for a driver by time window and postcode and caches the plan.
func (r *Router) PlanRoute(ctx context.Context, driverID int64, day time.Time) ([]Stop, error) {
	var stops []Stop
	err := r.DB.SelectContext(ctx, &stops, `
		SELECT p.id, c.postcode, p.window_start, p.bag_count
		FROM pickups p JOIN customers c ON c.id = p.customer_id
		WHERE p.driver_id = $1 AND p.window_start::date = $2::date AND p.status = 'scheduled'`, driverID, day)
	if err != nil {
		level.Error(r.Logger).Log("msg", "route query failed", "driver_id", driverID, "err", err)
		return nil, err
	}
	sort.Slice(stops, func(i, j int) bool {
		if !stops[i].WindowStart.Equal(stops[j].WindowStart) {
			return stops[i].WindowStart.Before(stops[j].WindowStart)
		}
		return stops[i].Postcode < stops[j].Postcode
	})
	ids := make([]interface{}, 0, len(stops))
	for _, s := range stops {
		ids = append(ids, s.PickupID)
	}
	key := "route:" + day.Format("2006-01-02") + ":" + itoa(driverID)
	if len(ids) > 0 {
		r.Redis.Del(ctx, key)
		r.Redis.RPush(ctx, key, ids...)
		r.Redis.Expire(ctx, key, 18*time.Hour)
	}
	level.Info(r.Logger).Log("msg", "route planned", "driver_id", driverID, "stops", len(stops), "day", day.Format("2006-01-02"))
	return stops, nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
