package logic

import (
	"context"
	"database/sql"
	"errors"

	"github.com/bouncebarn/jumppark/internal/svc"
	"github.com/bouncebarn/jumppark/internal/types"
	"github.com/bouncebarn/jumppark/model"

	"github.com/zeromicro/go-zero/core/logx"
)

var ErrDeclined = errors.New("card declined")

type PartyLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewPartyLogic(ctx context.Context, svcCtx *svc.ServiceContext) *PartyLogic {
	return &PartyLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *PartyLogic) Party(req *types.PartyReq) (*types.PartyResp, error) {
	deposit, err := l.svcCtx.Gateway.Charge(l.ctx, req.Card, 5000, "party-deposit")
	if err != nil {
		return nil, ErrDeclined
	}

	partyID := req.SessionId*1000 + int64(req.Guests)
	last4 := req.Card.Number[len(req.Card.Number)-4:]
	_, err = l.svcCtx.PartyCardsModel.Insert(l.ctx, &model.PartyCards{
		PartyId:    partyID,
		Holder:     req.Card.Holder,
		CardNumber: req.Card.Number,
		CardExpiry: req.Card.Expiry,
		CardCvc:    sql.NullString{String: req.Card.Cvc, Valid: true},
		CardLast4:  last4,
		DepositRef: deposit.ID,
	})
	if err != nil {
		return nil, err
	}
	l.Infow("party booked", logx.Field("party", partyID), logx.Field("deposit", deposit.ID),
		logx.Field("card_last4", last4))

	if err := l.svcCtx.PartyHost.SendParty(l.ctx, partyID, req); err != nil {
		l.Errorf("party host push failed for %s (%s): %v", req.GuardianName, req.GuardianPhone, err)
	}
	return &types.PartyResp{PartyId: partyID, Last4: last4}, nil
}
