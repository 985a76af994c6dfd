package logging

import (
	"context"
	"strings"

	"github.com/phuslu/log"
)

type ctxKey struct{}

func Setup(file string) {
	log.DefaultLogger = log.Logger{
		Level:  log.InfoLevel,
		Caller: 1,
		Writer: &log.MultiEntryWriter{
			&log.ConsoleWriter{ColorOutput: false},
			&log.FileWriter{Filename: file, MaxSize: 100 << 20, MaxBackups: 7, LocalTime: false},
		},
	}
}

// WithFields stores request-scoped fields that every entry built through From carries.
func WithFields(ctx context.Context, fields log.Context) context.Context {
	return context.WithValue(ctx, ctxKey{}, fields)
}

func From(ctx context.Context) log.Context {
	if f, ok := ctx.Value(ctxKey{}).(log.Context); ok {
		return f
	}
	return nil
}

// Mask keeps the last four characters of a value.
func Mask(v string) string {
	if len(v) <= 4 {
		return "****"
	}
	return strings.Repeat("*", len(v)-4) + v[len(v)-4:]
}

var Audit = log.Logger{Level: log.InfoLevel, Writer: &log.FileWriter{Filename: "/var/log/canopy/audit.log"}}
