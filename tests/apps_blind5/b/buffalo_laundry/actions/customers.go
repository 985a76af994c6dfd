package actions

import (
	"net/http"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/pop/v6"
	"github.com/pkg/errors"

	"github.com/freshfold/laundry/models"
	"github.com/freshfold/laundry/services"
)

// RequireCustomer loads the customer from the API token header.
func RequireCustomer(next buffalo.Handler) buffalo.Handler {
	return func(c buffalo.Context) error {
		tx := c.Value("tx").(*pop.Connection)
		cust := &models.Customer{}
		if err := tx.Where("id = (SELECT customer_id FROM api_tokens WHERE token_hash = digest(?, 'sha256'))",
			c.Request().Header.Get("X-Api-Token")).First(cust); err != nil {
			c.Logger().WithField("remote_addr", c.Request().RemoteAddr).Warn("rejected api token")
			return c.Error(http.StatusUnauthorized, errors.New("unauthorized"))
		}
		c.Set("customer", cust)
		return next(c)
	}
}

// CustomersCreate registers a new customer.
func CustomersCreate(c buffalo.Context) error {
	tx := c.Value("tx").(*pop.Connection)
	cust := &models.Customer{}
	if err := c.Bind(cust); err != nil {
		return errors.WithStack(err)
	}
	verrs, err := tx.ValidateAndCreate(cust)
	if err != nil {
		return errors.WithStack(err)
	}
	if verrs.HasAny() {
		c.Logger().Infof("customer validation failed: %v", verrs.Errors)
		return c.Render(http.StatusUnprocessableEntity, r.JSON(verrs))
	}
	c.Logger().Infof("new customer %s", cust)
	services.IdentifyCustomer(cust)
	if ref := c.Param("ref"); ref != "" {
		services.TrackReferral(ref, cust.Email)
	}
	return c.Render(http.StatusCreated, r.JSON(cust))
}

// CustomersUpdate changes address or contact details.
func CustomersUpdate(c buffalo.Context) error {
	tx := c.Value("tx").(*pop.Connection)
	cust := c.Value("customer").(*models.Customer)
	oldPhone := cust.Phone
	if err := c.Bind(cust); err != nil {
		return errors.WithStack(err)
	}
	if cust.Phone != oldPhone {
		cust.PhoneVerified = false
		c.Logger().WithFields(map[string]interface{}{
			"customer_id": cust.ID,
			"old_phone":   oldPhone,
			"new_phone":   cust.Phone,
		}).Info("phone number changed")
	}
	if err := tx.Update(cust); err != nil {
		return errors.WithStack(err)
	}
	c.Logger().WithField("customer_id", cust.ID).Info("customer updated")
	services.IdentifyCustomer(cust)
	return c.Render(http.StatusOK, r.JSON(cust))
}
