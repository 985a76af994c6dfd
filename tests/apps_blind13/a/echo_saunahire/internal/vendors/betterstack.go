package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// BetterStack ships selected operational events to Better Stack Logs.
type BetterStack struct {
	HTTP        *http.Client
	SourceToken string
}

func (b *BetterStack) Ship(ctx context.Context, message string, fields map[string]any) {
	payload := map[string]any{"dt": time.Now().UTC().Format(time.RFC3339Nano), "message": message}
	for k, v := range fields {
		payload[k] = v
	}
	raw, _ := json.Marshal(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://in.logs.betterstack.com", bytes.NewReader(raw))
	if err != nil {
		return
	}
	req.Header.Set("Authorization", "Bearer "+b.SourceToken)
	req.Header.Set("Content-Type", "application/json")
	if resp, err := b.HTTP.Do(req); err == nil {
		resp.Body.Close()
	}
}
