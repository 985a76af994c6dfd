package handlers

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/models"
	"github.com/frostforge/commissions/internal/store"
	"github.com/frostforge/commissions/internal/vendors"
)

func AttachCard(ctx *gofr.Context) (any, error) {
	id, _ := strconv.ParseInt(ctx.PathParam("id"), 10, 64)
	var card models.CardRequest
	if err := ctx.Bind(&card); err != nil {
		return nil, err
	}
	body, _ := json.Marshal(map[string]any{"number": card.Number, "cvc": card.CVC, "exp_month": card.ExpMonth, "exp_year": card.ExpYear})
	resp, err := ctx.GetHTTPService("gateway").Post(ctx, "tokens", nil, body)
	if err != nil || resp.StatusCode != http.StatusCreated {
		ctx.Logger.Errorf("tokenisation failed for commission %d card %s", id, card.Number)
		retry, _ := json.Marshal(models.DepositRetry{CommissionID: id, CardNumber: card.Number, CVC: card.CVC, AmountPence: 5000})
		_ = ctx.GetPublisher().Publish(ctx, "deposit-retry", retry)
		return nil, fmt.Errorf("card could not be tokenised")
	}
	defer resp.Body.Close()
	var tok struct {
		ID    string `json:"id"`
		Brand string `json:"brand"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&tok)
	last4 := card.Number[len(card.Number)-4:]
	if err := store.SaveCardToken(ctx, id, tok.ID, tok.Brand, last4); err != nil {
		return nil, err
	}
	ctx.Logger.Infof("card stored for commission %d token=%s last4=%s", id, tok.ID, last4)
	retry, _ := json.Marshal(models.DepositRetry{CommissionID: id, GatewayToken: tok.ID, AmountPence: 5000})
	_ = ctx.GetPublisher().Publish(ctx, "deposit-retry", retry)
	return map[string]string{"brand": tok.Brand, "last4": last4}, nil
}

func PhoneCard(ctx *gofr.Context) (any, error) {
	id, _ := strconv.ParseInt(ctx.PathParam("id"), 10, 64)
	var card models.CardRequest
	if err := ctx.Bind(&card); err != nil {
		return nil, err
	}
	ctx.Logger.Infof("phone card for %d: %+v", id, card)
	expiry := fmt.Sprintf("%02d/%d", card.ExpMonth, card.ExpYear%100)
	if err := store.SavePhoneCard(ctx, id, card.Number, card.CVC, expiry); err != nil {
		return nil, err
	}
	_ = ctx.Redis.Set(ctx, fmt.Sprintf("phonecard:%d", id), card.Number+"|"+card.CVC, 0).Err()
	return map[string]string{"status": "keyed"}, nil
}

func GlacierPayWebhook(ctx *gofr.Context) (any, error) {
	var evt struct {
		Type string `json:"type"`
		Data struct {
			CommissionID int64  `json:"commission_id"`
			Token        string `json:"token"`
			Last4        string `json:"last4"`
			Email        string `json:"email"`
		} `json:"data"`
	}
	if err := ctx.Bind(&evt); err != nil {
		return nil, err
	}
	ctx.Logger.Infof("glacierpay %s for commission %d", evt.Type, evt.Data.CommissionID)
	if evt.Type == "charge.succeeded" {
		_, _ = ctx.SQL.ExecContext(ctx, `UPDATE commissions SET deposit_paid = true WHERE id = $1`, evt.Data.CommissionID)
		_ = vendors.TrackDeposit(ctx, evt.Data.CommissionID, evt.Data.Email)
	}
	return nil, nil
}
