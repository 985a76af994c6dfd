package jobs

import (
	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/store"
)

func PurgePhoneCards(ctx *gofr.Context) {
	n, err := store.DeletePhoneCardsOlderThan(ctx, 7)
	if err != nil {
		ctx.Logger.Errorf("purge failed: %v", err)
		return
	}
	ctx.Logger.Infof("purged %d phone cards", n)
}
