package logging

import (
	"context"

	"go.uber.org/zap"
)

type ctxKey struct{}

func New() *zap.Logger {
	cfg := zap.NewProductionConfig()
	cfg.Sampling = nil
	l, _ := cfg.Build()
	return l
}

func WithLogger(ctx context.Context, l *zap.Logger) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

func From(ctx context.Context) *zap.Logger {
	if l, ok := ctx.Value(ctxKey{}).(*zap.Logger); ok {
		return l
	}
	return zap.L()
}

// Masked renders a value with everything but the last four characters hidden.
func Masked(key, v string) zap.Field {
	if len(v) <= 4 {
		return zap.String(key, "****")
	}
	return zap.String(key, "************"+v[len(v)-4:])
}
