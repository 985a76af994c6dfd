package store

import (
	"context"

	"github.com/canopyworks/treehouse/internal/model"
	"github.com/gocraft/dbr/v2"
)

type Clients struct{ Conn *dbr.Connection }

func (s Clients) Create(ctx context.Context, c *model.Client) error {
	sess := s.Conn.NewSession(nil)
	return sess.InsertInto("clients").
		Columns("full_name", "email", "phone", "site_address").
		Record(c).
		Returning("id").
		LoadContext(ctx, &c.ID)
}

func (s Clients) Get(ctx context.Context, id int64) (*model.Client, error) {
	var c model.Client
	err := s.Conn.NewSession(nil).Select("*").From("clients").Where("id = ?", id).LoadOneContext(ctx, &c)
	return &c, err
}
