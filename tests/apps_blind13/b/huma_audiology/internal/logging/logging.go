package logging

import (
	"context"
	"os"
	"time"

	"github.com/charmbracelet/log"
)

var Base = log.NewWithOptions(os.Stderr, log.Options{
	ReportTimestamp: true,
	TimeFormat:      time.RFC3339,
	Formatter:       log.JSONFormatter,
	Prefix:          "clearnote",
})

func For(component string) *log.Logger {
	return Base.With("component", component)
}

func WithPatient(ctx context.Context, patientID int64, email string) context.Context {
	l := log.FromContext(ctx).With("patient_id", patientID, "patient_email", email)
	return log.WithContext(ctx, l)
}

func WithPatientID(ctx context.Context, patientID int64) context.Context {
	return log.WithContext(ctx, log.FromContext(ctx).With("patient_id", patientID))
}

func From(ctx context.Context) *log.Logger {
	return log.FromContext(ctx)
}
