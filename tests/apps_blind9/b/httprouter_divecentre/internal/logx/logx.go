// Package logx sets up log15 for the API and the asynq worker.
package logx

import (
	"os"
	"strings"

	log "github.com/inconshreveable/log15/v3"
)

// Root is the process logger. JSON lines go to stdout and on to Loki; debug is dropped.
var Root = log.New("app", "bluehole")

func init() {
	Root.SetHandler(log.LvlFilterHandler(log.LvlInfo, log.StreamHandler(os.Stdout, log.JsonFormat())))
}

// For returns a child logger for one component.
func For(component string) log.Logger {
	return Root.New("component", component)
}

// MaskPAN keeps the first six and last four digits.
func MaskPAN(pan string) string {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, pan)
	if len(digits) < 13 {
		return "****"
	}
	return digits[:6] + strings.Repeat("*", len(digits)-10) + digits[len(digits)-4:]
}

// Last4 returns the last four digits of a card number.
func Last4(pan string) string {
	if len(pan) < 4 {
		return pan
	}
	return pan[len(pan)-4:]
}

// MaskEmail keeps the first letter and the domain.
func MaskEmail(email string) string {
	at := strings.IndexByte(email, '@')
	if at < 1 {
		return "***"
	}
	return email[:1] + "***" + email[at:]
}
