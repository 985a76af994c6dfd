package logic

import (
	"context"
	"encoding/json"
	"time"

	"github.com/bouncebarn/jumppark/internal/svc"
	"github.com/bouncebarn/jumppark/internal/types"

	"github.com/zeromicro/go-zero/core/logx"
)

// KioskCapture is the queued form of a sale the sock/snack kiosk took while offline.
type KioskCapture struct {
	KioskId string `json:"kioskId"`
	Seq     int64  `json:"seq"`
	Amount  int64  `json:"amount"`
	Pan     string `json:"pan"`
	Expiry  string `json:"expiry"`
	Cvc     string `json:"cvc,omitempty"`
}

type KioskCaptureLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewKioskCaptureLogic(ctx context.Context, svcCtx *svc.ServiceContext) *KioskCaptureLogic {
	return &KioskCaptureLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *KioskCaptureLogic) KioskCapture(req *types.KioskCaptureReq) (*types.KioskCaptureResp, error) {
	capture := KioskCapture{KioskId: req.KioskId, Seq: req.Seq, Amount: req.Amount,
		Pan: req.Pan, Expiry: req.Expiry, Cvc: req.Cvc}

	status, err := l.svcCtx.Gateway.CaptureOffline(l.ctx, req.Pan, req.Expiry, req.Cvc, req.Amount)
	if err == nil {
		l.Infow("kiosk sale captured", logx.Field("kiosk", req.KioskId), logx.Field("seq", req.Seq),
			logx.Field("status", status))
		return &types.KioskCaptureResp{Status: status}, nil
	}

	l.Errorw("kiosk capture failed", logx.Field("capture", capture), logx.Field("err", err.Error()))
	body, _ := json.Marshal(capture)
	if _, err := l.svcCtx.CaptureDq.Delay(body, 10*time.Minute); err != nil {
		return nil, err
	}
	return &types.KioskCaptureResp{Status: "queued"}, nil
}
