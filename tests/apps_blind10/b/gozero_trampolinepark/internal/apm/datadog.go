package apm

import (
	"context"
	"strconv"

	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
)

// Guardian tags the active Datadog span with the signed-in guardian.
func Guardian(ctx context.Context, waiverID int64, email, name string) {
	span, ok := tracer.SpanFromContext(ctx)
	if !ok {
		return
	}
	tracer.SetUser(span, "waiver-"+strconv.FormatInt(waiverID, 10),
		tracer.WithUserEmail(email),
		tracer.WithUserName(name),
	)
}

// Kiosk tags the span with the kiosk id only.
func Kiosk(ctx context.Context, kioskID string) {
	if span, ok := tracer.SpanFromContext(ctx); ok {
		span.SetTag("kiosk.id", kioskID)
	}
}
