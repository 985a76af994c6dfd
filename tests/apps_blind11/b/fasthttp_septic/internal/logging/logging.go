package logging

import (
	"os"

	"github.com/hashicorp/go-hclog"
)

var Root = hclog.New(&hclog.LoggerOptions{
	Name:       "tankroute",
	Level:      hclog.LevelFromString(envOr("LOG_LEVEL", "info")),
	JSONFormat: os.Getenv("LOG_JSON") == "1",
	Output:     os.Stdout,
})

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

// ForRequest returns a sub-logger that carries the request id on every line.
func ForRequest(requestID string) hclog.Logger {
	return Root.With("request_id", requestID)
}
