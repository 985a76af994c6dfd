package logging

import (
	"context"
	"os"
	"time"

	"github.com/rs/zerolog"
)

var Base = zerolog.New(os.Stdout).With().Timestamp().Str("service", "roofing-api").Logger()

func init() {
	zerolog.TimeFieldFormat = time.RFC3339Nano
}

// Ctx returns the request-scoped logger stored by the middleware.
func Ctx(ctx context.Context) *zerolog.Logger {
	return zerolog.Ctx(ctx)
}

// Audit writes an audit event with the given fields.
func Audit(ctx context.Context, action string, fields map[string]any) {
	Ctx(ctx).Info().Str("channel", "audit").Str("action", action).Fields(fields).Msg("audit")
}
