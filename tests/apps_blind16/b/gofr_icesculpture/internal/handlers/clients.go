package handlers

import (
	"fmt"
	"strconv"

	"gofr.dev/pkg/gofr"
	"golang.org/x/crypto/bcrypt"

	"github.com/frostforge/commissions/internal/logx"
	"github.com/frostforge/commissions/internal/models"
	"github.com/frostforge/commissions/internal/store"
	"github.com/frostforge/commissions/internal/vendors"
)

func CreateClient(ctx *gofr.Context) (any, error) {
	var c models.Client
	if err := ctx.Bind(&c); err != nil {
		return nil, err
	}
	ctx.Logger.Infof("create client request %+v", c)
	hash, _ := bcrypt.GenerateFromPassword([]byte(c.Password), bcrypt.DefaultCost)
	if err := store.InsertClient(ctx, &c, string(hash)); err != nil {
		wrapped := fmt.Errorf("insert client %s <%s>: %w", c.FullName, c.Email, err)
		vendors.Notify(ctx, wrapped, &c)
		return nil, wrapped
	}
	ctx.Logger.Info("client created", c)
	ctx.Logger.Infof("client created %s", models.ClientRef{ID: c.ID})
	logx.Audit(ctx, "client.create", logx.Fields{"client": c.ID, "email": c.Email, "password": c.Password})
	logx.Audit(ctx, "client.company", logx.Fields{"client": c.ID, "company": c.CompanyName})
	if err := vendors.PushContact(ctx, c); err != nil {
		ctx.Logger.Errorf("espocrm push failed for client %d: %v", c.ID, err)
	}
	c.Password = ""
	return map[string]any{"id": c.ID}, nil
}

func UpdateAddress(ctx *gofr.Context) (any, error) {
	id, _ := strconv.ParseInt(ctx.PathParam("id"), 10, 64)
	var body struct {
		Address  string `json:"address"`
		Postcode string `json:"postcode"`
	}
	if err := ctx.Bind(&body); err != nil {
		return nil, err
	}
	_, err := ctx.SQL.ExecContext(ctx, `UPDATE clients SET address = $1, postcode = $2 WHERE id = $3`, body.Address, body.Postcode, id)
	ctx.Logger.Infof("address updated for %d: %s %s", id, body.Address, body.Postcode)
	ctx.Logger.Infof("address updated for client %d", id)
	return nil, err
}
