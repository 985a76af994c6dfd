package logic

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"

	"github.com/bouncebarn/jumppark/internal/apm"
	"github.com/bouncebarn/jumppark/internal/svc"
	"github.com/bouncebarn/jumppark/internal/types"
	"github.com/bouncebarn/jumppark/model"

	"github.com/zeromicro/go-zero/core/logx"
)

type WaiverLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewWaiverLogic(ctx context.Context, svcCtx *svc.ServiceContext) *WaiverLogic {
	return &WaiverLogic{
		Logger: logx.WithContext(ctx),
		ctx:    ctx,
		svcCtx: svcCtx,
	}
}

func newWristband() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return strings.ToUpper(hex.EncodeToString(b))
}

func (l *WaiverLogic) Waiver(req *types.WaiverReq) (*types.WaiverResp, error) {
	l.Debugf("waiver request: %+v", req)

	waiverID, err := l.svcCtx.JumpersModel.InsertWaiver(l.ctx, req.GuardianName, req.GuardianEmail,
		req.GuardianPhone, req.MedicalNotes, req.Marketing)
	if err != nil {
		return nil, err
	}
	l.Infov(req)

	resp := &types.WaiverResp{WaiverId: waiverID}
	for _, j := range req.Jumpers {
		jumper := &model.Jumpers{WaiverId: waiverID, FirstName: j.FirstName, LastName: j.LastName,
			DateOfBirth: j.DateOfBirth, WristbandUid: newWristband()}
		if jumper.Id, err = l.svcCtx.JumpersModel.InsertJumper(l.ctx, jumper); err != nil {
			return nil, err
		}
		l.Infow("jumper registered", logx.Field("waiver", waiverID), logx.Field("jumper", jumper))
		if err := l.svcCtx.Turnstile.Allow(l.ctx, jumper.WristbandUid); err != nil {
			l.Errorw("turnstile allow failed", logx.Field("wristband", jumper.WristbandUid), logx.Field("err", err))
		}
		resp.Wristbands = append(resp.Wristbands, jumper.WristbandUid)
	}

	if req.SchoolTripRef != "" {
		if err := l.svcCtx.Schools.AttachWaiver(l.ctx, req.SchoolTripRef, req); err != nil {
			l.Errorw("school trip waiver not attached", logx.Field("trip", req.SchoolTripRef), logx.Field("err", err.Error()))
		}
	}
	apm.Guardian(l.ctx, waiverID, req.GuardianEmail, req.GuardianName)
	if req.Marketing {
		if err := l.svcCtx.Loops.CreateContact(l.ctx, req.GuardianEmail, req.GuardianName, waiverID); err != nil {
			l.Errorw("loops contact failed", logx.Field("waiver", waiverID), logx.Field("err", err.Error()))
		}
	}
	return resp, nil
}
