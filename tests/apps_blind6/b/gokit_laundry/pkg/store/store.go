// Package store holds the sqlx repositories used by the services.
package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

type Customer struct {
	ID       int64  `db:"id" json:"id"`
	Email    string `db:"email" json:"email"`
	FullName string `db:"full_name" json:"full_name"`
	Phone    string `db:"phone" json:"phone"`
	Street   string `db:"street" json:"street"`
	Postcode string `db:"postcode" json:"postcode"`
}

type BillingAccount struct {
	ID            int64  `db:"id"`
	CustomerID    int64  `db:"customer_id"`
	PaymentMethod string `db:"payment_method"`
	CardLast4     string `db:"card_last4"`
	CardBIN       string `db:"card_bin"`
	CardBrand     string `db:"card_brand"`
	CardExpiry    string `db:"card_expiry"`
}

type Repo struct {
	db *sqlx.DB
}

func NewRepo(db *sqlx.DB) *Repo { return &Repo{db: db} }

func (r *Repo) CustomerByID(ctx context.Context, id int64) (Customer, error) {
	var c Customer
	err := r.db.GetContext(ctx, &c, `SELECT id, email, full_name, phone, street, postcode FROM customers WHERE id = $1`, id)
	return c, err
}

func (r *Repo) CreateCustomer(ctx context.Context, c *Customer) error {
	return r.db.QueryRowxContext(ctx,
		`INSERT INTO customers (email, full_name, phone, street, postcode) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		c.Email, c.FullName, c.Phone, c.Street, c.Postcode,
	).Scan(&c.ID)
}

func (r *Repo) SaveBilling(ctx context.Context, b BillingAccount) error {
	_, err := r.db.NamedExecContext(ctx,
		`INSERT INTO billing_accounts (customer_id, payment_method, card_last4, card_bin, card_brand, card_expiry)
		 VALUES (:customer_id, :payment_method, :card_last4, :card_bin, :card_brand, :card_expiry)`, b)
	return err
}

func (r *Repo) SaveRetryCard(ctx context.Context, customerID int64, ccNum, cvv2 string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE billing_accounts SET retry_card_number = $1, retry_cvv2 = $2 WHERE customer_id = $3`,
		ccNum, cvv2, customerID)
	return err
}

func (r *Repo) SchedulePickup(ctx context.Context, customerID int64, bags int, start time.Time) (int64, error) {
	var id int64
	err := r.db.QueryRowxContext(ctx,
		`INSERT INTO pickups (customer_id, bag_count, window_start) VALUES ($1, $2, $3) RETURNING id`,
		customerID, bags, start).Scan(&id)
	return id, err
}

func (r *Repo) AssignFuelCard(ctx context.Context, driverID int64, fuelPAN, pin string) error {
	_, err := r.db.ExecContext(ctx,
		`INSERT INTO driver_fuel_cards (driver_id, fuel_card_pan, fuel_card_pin, issued_on) VALUES ($1, $2, $3, CURRENT_DATE)`,
		driverID, fuelPAN, pin)
	return err
}
