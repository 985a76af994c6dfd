package actions

import (
	"net/http"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/pop/v6"
	"github.com/pkg/errors"

	"github.com/freshfold/laundry/models"
)

// SubscriptionsCreate signs the customer up for the weekly wash plan.
func SubscriptionsCreate(c buffalo.Context) error {
	tx := c.Value("tx").(*pop.Connection)
	cust := c.Value("customer").(*models.Customer)
	form := &models.CardForm{}
	if err := c.Bind(form); err != nil {
		return errors.WithStack(err)
	}
	sub := &models.SubscriptionCard{
		CustomerID: cust.ID,
		CcNum:      form.Number,
		CcExp:      form.Exp,
		CcCvc:      form.CVC,
		Plan:       form.Plan,
	}
	if err := tx.Create(sub); err != nil {
		c.Logger().WithField("customer_id", cust.ID).Errorf("could not save subscription: %v", err)
		return errors.WithStack(err)
	}
	c.Logger().WithField("subscription_id", sub.ID).WithField("plan", sub.Plan).Info("subscription created")
	return c.Render(http.StatusCreated, r.JSON(map[string]string{"id": sub.ID.String(), "plan": sub.Plan}))
}
