package logging

import (
	"context"
	"strings"

	"go.uber.org/zap"
)

type ctxKey struct{}

func New() *zap.Logger {
	l, _ := zap.NewProduction()
	return l
}

func Into(ctx context.Context, l *zap.Logger) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

func From(ctx context.Context) *zap.Logger {
	if l, ok := ctx.Value(ctxKey{}).(*zap.Logger); ok {
		return l
	}
	return zap.L()
}

// MaskedEmail keeps the first letter and the domain.
func MaskedEmail(key, email string) zap.Field {
	at := strings.IndexByte(email, '@')
	if at < 1 {
		return zap.String(key, "***")
	}
	return zap.String(key, email[:1]+"***"+email[at:])
}
