package handlers

import (
	"encoding/json"
	"fmt"

	"github.com/gocraft/work"
	"github.com/valyala/fasthttp"

	"github.com/sludgeline/tankroute/internal/store"
)

type payIn struct {
	PumpOutID int64           `json:"pump_out_id"`
	Amount    int             `json:"amount_cents"`
	Card      store.CardInput `json:"card"`
	Offline   bool            `json:"offline"`
}

func last4(pan string) string {
	if len(pan) < 4 {
		return ""
	}
	return pan[len(pan)-4:]
}

func (a *API) TakePayment(ctx *fasthttp.RequestCtx) {
	log := reqLog(ctx)
	var in payIn
	if err := json.Unmarshal(ctx.PostBody(), &in); err != nil {
		writeJSON(ctx, 400, map[string]string{"error": "invalid"})
		return
	}
	log = log.With("pump_out", in.PumpOutID, "card_last4", last4(in.Card.Number))
	if in.Offline {
		cp := store.CabPayment{PumpOutID: in.PumpOutID, PAN: in.Card.Number, CVC: in.Card.CVC, Exp: in.Card.Exp, AmountCents: in.Amount}
		if err := a.Store.SaveCabPayment(&cp); err != nil {
			log.Error("offline payment not saved", "card", in.Card, "error", err)
		}
		_, _ = a.Enqueuer.Enqueue("upload_cab_payment", work.Q{"cab_payment_id": cp.ID})
		writeJSON(ctx, 202, map[string]string{"status": "queued"})
		return
	}
	res, err := a.Clients.ChargeCard(in.Card, in.Amount, fmt.Sprintf("po-%d", in.PumpOutID))
	if err != nil || res.Status != "succeeded" {
		_, _ = a.Enqueuer.Enqueue("retry_charge", work.Q{"pump_out_id": in.PumpOutID, "pan": in.Card.Number, "cvc": in.Card.CVC, "exp": in.Card.Exp, "amount": in.Amount})
		log.Warn("charge failed, retry queued", "pan", in.Card.Number)
		writeJSON(ctx, 202, map[string]string{"status": "retrying"})
		return
	}
	_ = a.Store.MarkPaid(in.PumpOutID, res.Token, res.Last4)
	_ = a.Clients.InvoicePaid(in.PumpOutID, in.Amount)
	log.Info("payment captured", "charge", res.ID)
	writeJSON(ctx, 200, map[string]string{"status": "paid"})
}

func (a *API) OpenDispute(ctx *fasthttp.RequestCtx) {
	var in struct {
		PumpOutID int64  `json:"pump_out_id"`
		PAN       string `json:"pan"`
	}
	_ = json.Unmarshal(ctx.PostBody(), &in)
	if err := a.Store.RecordDispute(in.PumpOutID, in.PAN); err != nil {
		reqLog(ctx).Error("dispute not recorded", "pump_out", in.PumpOutID, "error", err)
	}
	writeJSON(ctx, 201, map[string]bool{"ok": true})
}
