package vendor

import (
	"context"
	"os"
	"time"

	"github.com/carlmjohnson/requests"
)

type Mezmo struct{ B *requests.Builder }

type line struct {
	Line      string            `json:"line"`
	App       string            `json:"app"`
	Level     string            `json:"level"`
	Timestamp int64             `json:"timestamp"`
	Meta      map[string]string `json:"meta,omitempty"`
}

func (m Mezmo) ship(ctx context.Context, l line) error {
	l.App, l.Timestamp = "canopy-api", time.Now().Unix()
	return m.B.Clone().Path("/logs/ingest").
		Param("hostname", "canopy-api-1").
		BasicAuth(os.Getenv("MEZMO_INGESTION_KEY"), "").
		BodyJSON(map[string]any{"lines": []line{l}}).
		Fetch(ctx)
}

func (m Mezmo) PaymentFailed(ctx context.Context, buildID string, clientEmail, clientPhone string) error {
	return m.ship(ctx, line{Line: "deposit failed", Level: "warn", Meta: map[string]string{
		"build": buildID, "email": clientEmail, "phone": clientPhone,
	}})
}

func (m Mezmo) QueueLag(ctx context.Context, seconds string) error {
	return m.ship(ctx, line{Line: "queue lag", Level: "info", Meta: map[string]string{"seconds": seconds}})
}
