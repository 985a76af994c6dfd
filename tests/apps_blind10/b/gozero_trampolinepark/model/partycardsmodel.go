package model

import (
	"context"
	"fmt"

	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

var _ PartyCardsModel = (*customPartyCardsModel)(nil)

type (
	// PartyCardsModel is an interface to be customized, add more methods here,
	// and implement the added methods in customPartyCardsModel.
	PartyCardsModel interface {
		partyCardsModel
		ClearCvc(ctx context.Context, partyId int64) error
		PurgeBefore(ctx context.Context, days int) (int64, error)
	}

	customPartyCardsModel struct {
		*defaultPartyCardsModel
	}
)

// NewPartyCardsModel returns a model for the database table.
func NewPartyCardsModel(conn sqlx.SqlConn) PartyCardsModel {
	return &customPartyCardsModel{
		defaultPartyCardsModel: newPartyCardsModel(conn),
	}
}

func (m *customPartyCardsModel) ClearCvc(ctx context.Context, partyId int64) error {
	query := fmt.Sprintf("update %s set `card_cvc` = NULL where `party_id` = ?", m.table)
	_, err := m.conn.ExecCtx(ctx, query, partyId)
	return err
}

func (m *customPartyCardsModel) PurgeBefore(ctx context.Context, days int) (int64, error) {
	query := fmt.Sprintf("delete from %s where `create_time` < now() - interval ? day", m.table)
	res, err := m.conn.ExecCtx(ctx, query, days)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
