package mq

import (
	"context"
	"encoding/json"

	"github.com/bouncebarn/jumppark/internal/svc"

	"github.com/zeromicro/go-queue/dq"
	"github.com/zeromicro/go-zero/core/logx"
)

type CaptureConsumer struct {
	consumer dq.Consumer
	svcCtx   *svc.ServiceContext
}

type queuedCapture struct {
	KioskId string `json:"kioskId"`
	Seq     int64  `json:"seq"`
	Amount  int64  `json:"amount"`
	Pan     string `json:"pan"`
	Expiry  string `json:"expiry"`
	Cvc     string `json:"cvc"`
}

func NewCaptureConsumer(c dq.DqConf, svcCtx *svc.ServiceContext) *CaptureConsumer {
	return &CaptureConsumer{consumer: dq.NewConsumer(c), svcCtx: svcCtx}
}

func (c *CaptureConsumer) Start() {
	c.consumer.Consume(func(body []byte) {
		var qc queuedCapture
		if err := json.Unmarshal(body, &qc); err != nil {
			logx.Errorf("bad capture payload (%d bytes)", len(body))
			return
		}
		status, err := c.svcCtx.Gateway.CaptureOffline(context.Background(), qc.Pan, qc.Expiry, qc.Cvc, qc.Amount)
		if err != nil {
			logx.Debugf("requeue %s", string(body))
			if _, err := c.svcCtx.CaptureDq.Delay(body, 30*60*1e9); err != nil {
				logx.Errorw("requeue failed", logx.Field("kiosk", qc.KioskId), logx.Field("seq", qc.Seq))
			}
			return
		}
		logx.Infow("queued kiosk sale captured", logx.Field("kiosk", qc.KioskId), logx.Field("seq", qc.Seq),
			logx.Field("status", status))
	})
}
