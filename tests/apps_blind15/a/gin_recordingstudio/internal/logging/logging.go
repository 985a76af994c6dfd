package logging

import (
	"context"
	"log/slog"
	"os"
)

var masked = map[string]bool{"password": true, "card_number": true, "cvc": true, "authorization": true}

func New(level slog.Level) *slog.Logger {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && masked[a.Key] {
				return slog.String(a.Key, "[masked]")
			}
			return a
		},
	})
	return slog.New(h)
}

type ctxKey struct{}

func With(ctx context.Context, l *slog.Logger) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

func From(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(ctxKey{}).(*slog.Logger); ok {
		return l
	}
	return slog.Default()
}

// Audit writes to the audit stream; callers pass ids, never raw customer data.
func Audit(ctx context.Context, action string, attrs ...any) {
	From(ctx).With("channel", "audit").Info(action, attrs...)
}
