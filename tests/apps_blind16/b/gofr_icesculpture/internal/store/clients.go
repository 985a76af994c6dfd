package store

import (
	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/models"
)

func InsertClient(ctx *gofr.Context, c *models.Client, passwordHash string) error {
	return ctx.SQL.QueryRowContext(ctx,
		`INSERT INTO clients (full_name, email, phone, address, postcode, company_name, password_hash)
		 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		c.FullName, c.Email, c.Phone, c.Address, c.Postcode, c.CompanyName, passwordHash).Scan(&c.ID)
}

func GetClient(ctx *gofr.Context, id int64) (models.Client, error) {
	var c models.Client
	err := ctx.SQL.QueryRowContext(ctx,
		`SELECT id, full_name, email, phone, address, postcode FROM clients WHERE id = $1`, id).
		Scan(&c.ID, &c.FullName, &c.Email, &c.Phone, &c.Address, &c.Postcode)
	return c, err
}
