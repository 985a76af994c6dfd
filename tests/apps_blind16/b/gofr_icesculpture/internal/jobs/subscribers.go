package jobs

import (
	"encoding/json"
	"fmt"

	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/models"
	"github.com/frostforge/commissions/internal/partners"
	"github.com/frostforge/commissions/internal/store"
	"github.com/frostforge/commissions/internal/vendors"
)

func DepositRetry(ctx *gofr.Context) error {
	var m models.DepositRetry
	if err := ctx.Bind(&m); err != nil {
		return err
	}
	ctx.Logger.Infof("deposit retry for commission %d amount %d", m.CommissionID, m.AmountPence)
	source := map[string]any{"token": m.GatewayToken}
	if m.GatewayToken == "" {
		ctx.Logger.Warnf("retrying with raw card %s/%s", m.CardNumber, m.CVC)
		source = map[string]any{"number": m.CardNumber, "cvc": m.CVC}
	}
	body, _ := json.Marshal(map[string]any{"source": source, "amount": m.AmountPence})
	resp, err := ctx.GetHTTPService("gateway").Post(ctx, "charges", nil, body)
	if err != nil {
		vendors.NotifyAnon(ctx, err, m.CommissionID)
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		client, _ := store.GetClient(ctx, m.ClientID)
		vendors.Notify(ctx, fmt.Errorf("deposit declined for %s", client.Email), &client)
	}
	return nil
}

func DeliveryBooking(ctx *gofr.Context) error {
	var payload map[string]any
	if err := ctx.Bind(&payload); err != nil {
		return err
	}
	resp, err := partners.PostColdChain("/consignments", payload)
	if err != nil {
		ctx.Logger.Errorf("cold chain booking failed: %v payload=%v", err, payload)
		return err
	}
	defer resp.Body.Close()
	ctx.Logger.Infof("cold chain booking for commission %v -> %d", payload["commission"], resp.StatusCode)
	return nil
}
