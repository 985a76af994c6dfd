package vendors

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"gofr.dev/pkg/gofr"
)

type aptabaseEvent struct {
	Timestamp   string            `json:"timestamp"`
	SessionID   string            `json:"sessionId"`
	EventName   string            `json:"eventName"`
	SystemProps map[string]string `json:"systemProps"`
	Props       map[string]any    `json:"props"`
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func track(ctx *gofr.Context, name string, props map[string]any) error {
	events := []aptabaseEvent{{
		Timestamp:   time.Now().UTC().Format(time.RFC3339),
		SessionID:   ctx.Request.Param("session"),
		EventName:   name,
		SystemProps: map[string]string{"sdkVersion": "frostforge-go@1", "appVersion": "1.8.2"},
		Props:       props,
	}}
	body, _ := json.Marshal(events)
	_, err := ctx.GetHTTPService("aptabase").PostWithHeaders(ctx, "api/v0/events", nil, body,
		map[string]string{"App-Key": "A-EU-4821937765"})
	return err
}

func TrackQuote(ctx *gofr.Context, commissionID int64, piece string, clientEmail string) error {
	return track(ctx, "quote_created", map[string]any{"commission": commissionID, "piece": piece, "email": clientEmail})
}

func TrackDeposit(ctx *gofr.Context, commissionID int64, clientEmail string) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(clientEmail))))
	return track(ctx, "deposit_paid", map[string]any{"commission": commissionID, "client": hex.EncodeToString(sum[:])})
}
