package vendors

import (
	"encoding/json"

	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/models"
)

// Notify sends an Airbrake v3 notice to the self-hosted Errbit.
func Notify(ctx *gofr.Context, err error, client *models.Client) {
	notice := map[string]any{
		"errors":  []map[string]any{{"type": "HandlerError", "message": err.Error()}},
		"context": map[string]any{"environment": "production", "component": "commissions"},
	}
	if client != nil {
		notice["context"].(map[string]any)["user"] = map[string]any{"id": client.ID, "name": client.FullName, "email": client.Email}
	}
	body, _ := json.Marshal(notice)
	_, _ = ctx.GetHTTPService("errbit").Post(ctx, "api/v3/projects/1/notices", map[string]any{"key": "errbit-ffc"}, body)
}

func NotifyAnon(ctx *gofr.Context, err error, commissionID int64) {
	body, _ := json.Marshal(map[string]any{
		"errors":  []map[string]any{{"type": "JobError", "message": err.Error()}},
		"context": map[string]any{"environment": "production", "commission": commissionID},
	})
	_, _ = ctx.GetHTTPService("errbit").Post(ctx, "api/v3/projects/1/notices", map[string]any{"key": "errbit-ffc"}, body)
}
