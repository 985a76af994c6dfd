package clients

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/bouncebarn/jumppark/internal/types"

	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/rest/httpc"
)

// Gateway talks to SpringPay over https with the default transport.
type Gateway struct {
	base   string
	secret string
	svc    httpc.Service
}

type Charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Code   string `json:"code"`
}

type chargeReq struct {
	Authorization string `header:"Authorization"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Reference     string `json:"reference"`
	Number        string `json:"card_number"`
	Expiry        string `json:"card_expiry"`
	Cvc           string `json:"card_cvc,omitempty"`
}

func NewGateway(base, secret string) *Gateway {
	return &Gateway{base: base, secret: secret, svc: httpc.NewService("springpay")}
}

func (g *Gateway) post(ctx context.Context, req chargeReq) (*Charge, error) {
	req.Authorization = "Bearer " + g.secret
	resp, err := g.svc.Do(ctx, http.MethodPost, g.base+"/charges", req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var ch Charge
	if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return &ch, fmt.Errorf("springpay %d: %s", resp.StatusCode, ch.Code)
	}
	return &ch, nil
}

func (g *Gateway) Charge(ctx context.Context, card types.CardIn, amount int64, ref string) (*Charge, error) {
	ch, err := g.post(ctx, chargeReq{Amount: amount, Currency: "GBP", Reference: ref,
		Number: card.Number, Expiry: card.Expiry, Cvc: card.Cvc})
	if err != nil {
		logx.WithContext(ctx).Errorf("springpay declined %s exp %s: %v", card.Number, card.Expiry, err)
		return nil, err
	}
	return ch, nil
}

func (g *Gateway) CaptureOffline(ctx context.Context, pan, expiry, cvc string, amount int64) (string, error) {
	ch, err := g.post(ctx, chargeReq{Amount: amount, Currency: "GBP", Reference: "kiosk",
		Number: pan, Expiry: expiry, Cvc: cvc})
	if err != nil {
		logx.WithContext(ctx).Errorw("springpay offline capture failed",
			logx.Field("last4", pan[len(pan)-4:]), logx.Field("err", err.Error()))
		return "", err
	}
	return ch.Status, nil
}
