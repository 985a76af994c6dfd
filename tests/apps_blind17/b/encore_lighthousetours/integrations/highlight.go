package integrations

import (
	"context"
	"strconv"

	"github.com/highlight/highlight/sdk/highlight-go"
	"go.opentelemetry.io/otel/attribute"
)

func init() {
	highlight.SetProjectID(cfg.HighlightProject())
	highlight.Start(highlight.WithServiceName("lighthouse-tours"))
}

// ReportError sends an integration failure to Highlight with enough context to follow up.
func ReportError(ctx context.Context, err error, visitorID int64, email string) {
	highlight.RecordError(ctx, err,
		attribute.String("visitor.id", strconv.FormatInt(visitorID, 10)),
		attribute.String("visitor.email", email),
	)
}

// ReportJobError records a background failure with the job name only.
func ReportJobError(ctx context.Context, err error, job string) {
	highlight.RecordError(ctx, err, attribute.String("job", job))
}
