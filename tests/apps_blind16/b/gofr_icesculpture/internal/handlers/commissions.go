package handlers

import (
	"encoding/json"
	"strconv"

	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/models"
	"github.com/frostforge/commissions/internal/store"
	"github.com/frostforge/commissions/internal/vendors"
)

func CreateCommission(ctx *gofr.Context) (any, error) {
	var m models.Commission
	if err := ctx.Bind(&m); err != nil {
		return nil, err
	}
	err := ctx.SQL.QueryRowContext(ctx,
		`INSERT INTO commissions (client_id, piece, event_date, venue, quote_pence) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
		m.ClientID, m.Piece, m.EventDate, m.Venue, m.QuotePence).Scan(&m.ID)
	if err != nil {
		return nil, err
	}
	client, err := store.GetClient(ctx, m.ClientID)
	if err != nil {
		return nil, err
	}
	ctx.Logger.Infof("commission %d for %s", m.ID, client)
	ctx.Logger.Infof("commission %d piece=%s venue=%s", m.ID, m.Piece, m.Venue)
	_ = vendors.TrackQuote(ctx, m.ID, m.Piece, client.Email)

	booking, _ := json.Marshal(map[string]any{
		"commission": m.ID, "recipient": client.FullName, "phone": client.Phone,
		"address": client.Address, "postcode": client.Postcode, "date": m.EventDate,
	})
	_ = ctx.GetPublisher().Publish(ctx, "delivery-booking", booking)
	_ = ctx.Redis.Set(ctx, "quote:"+strconv.FormatInt(m.ID, 10), m.QuotePence, 0).Err()
	return m, nil
}
