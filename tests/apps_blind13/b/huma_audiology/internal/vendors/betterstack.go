package vendors

import (
	"context"
	"os"
	"time"

	"github.com/clearnote/hearing-api/internal/httpx"
)

func (c *Clients) Ship(ctx context.Context, message string, fields map[string]any) {
	event := map[string]any{"dt": time.Now().UTC().Format(time.RFC3339Nano), "message": message}
	for k, v := range fields {
		event[k] = v
	}
	resp, err := httpx.PostJSON(ctx, c.logship, c.cfg.BetterStack.IngestURL,
		map[string]string{"Authorization": "Bearer " + os.Getenv("BETTERSTACK_SOURCE_TOKEN")}, event)
	if err == nil {
		resp.Body.Close()
	}
}
