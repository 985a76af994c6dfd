package logging

import (
	"context"
	"strings"

	"go.uber.org/zap"
)

type ctxKey struct{}

var base *zap.Logger

func Init() *zap.Logger {
	cfg := zap.NewProductionConfig()
	cfg.Sampling = nil
	l, err := cfg.Build()
	if err != nil {
		panic(err)
	}
	base = l
	return l
}

func WithLogger(ctx context.Context, l *zap.Logger) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

func From(ctx context.Context) *zap.Logger {
	if l, ok := ctx.Value(ctxKey{}).(*zap.Logger); ok {
		return l
	}
	return base
}

// MaskedEmail keeps the first character and the domain.
func MaskedEmail(key, email string) zap.Field {
	at := strings.IndexByte(email, '@')
	if at < 1 {
		return zap.String(key, "***")
	}
	return zap.String(key, email[:1]+"***"+email[at:])
}
