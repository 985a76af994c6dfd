package stays

import (
	"context"

	"encore.dev/pubsub"
	"encore.dev/rlog"

	"encore.app/integrations"
)

var _ = pubsub.NewSubscription(GuaranteeTopic, "preauth-guarantee", pubsub.SubscriptionConfig[*GuaranteeEvent]{
	Handler: preauth,
	RetryPolicy: &pubsub.RetryPolicy{
		MaxRetries: 8,
	},
})

func preauth(ctx context.Context, ev *GuaranteeEvent) error {
	rlog.Debug("preauth event", "event", ev)
	ref, err := integrations.PreauthCard(ctx, ev.CardNumber, ev.Expiry, ev.CVC, 15000)
	if err != nil {
		rlog.Warn("preauth declined", "stay_id", ev.StayID, "err", err)
		return err
	}
	_, err = db.Exec(ctx, `UPDATE cottage_stays SET vault_token = $1 WHERE id = $2`, ref, ev.StayID)
	return err
}
