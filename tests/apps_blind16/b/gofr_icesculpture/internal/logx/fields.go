package logx

import (
	"fmt"
	"strings"

	"gofr.dev/pkg/gofr"
)

// Fields is a small key=value bag rendered into GoFr's log message.
type Fields map[string]any

func (f Fields) String() string {
	parts := make([]string, 0, len(f))
	for k, v := range f {
		parts = append(parts, fmt.Sprintf("%s=%v", k, v))
	}
	return strings.Join(parts, " ")
}

var masked = map[string]bool{"card": true, "cvc": true, "password": true}

// Audit writes an audit line with sensitive keys masked.
func Audit(ctx *gofr.Context, action string, f Fields) {
	out := Fields{}
	for k, v := range f {
		if masked[k] {
			out[k] = "****"
			continue
		}
		out[k] = v
	}
	ctx.Logger.Infof("audit %s %s", action, out)
}
