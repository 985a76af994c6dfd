package actions

import (
	"fmt"
	"math/rand"
	"net/http"
	"time"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/pop/v6"
	"github.com/pkg/errors"
	"github.com/sirupsen/logrus"

	"github.com/freshfold/laundry/models"
	"github.com/freshfold/laundry/services"
)

var prices = map[string]int{"wash_fold": 1800, "dry_clean": 2900, "duvet": 2200}

// OrdersCreate books a pickup and pays with a saved card or a new one.
func OrdersCreate(c buffalo.Context) error {
	tx := c.Value("tx").(*pop.Connection)
	cust := c.Value("customer").(*models.Customer)
	service := c.Param("service")
	price, ok := prices[service]
	if !ok {
		return c.Error(http.StatusUnprocessableEntity, fmt.Errorf("unknown service %q", service))
	}

	card := &models.PaymentCard{}
	if err := tx.Where("customer_id = ? AND is_default = true", cust.ID).First(card); err != nil {
		form := &models.CardForm{}
		if err := c.Bind(form); err != nil {
			return errors.WithStack(err)
		}
		c.Logger().Debugf("no saved card, binding new card form %+v", form)
		tok, err := services.VaultCard(form)
		if err != nil {
			c.Logger().WithField("customer_id", cust.ID).Errorf("vault failed: %v", err)
			return c.Error(http.StatusPaymentRequired, err)
		}
		card = &models.PaymentCard{CustomerID: cust.ID, ProcessorToken: tok.Token, Brand: tok.Brand, LastFour: tok.LastFour, IsDefault: true}
		if err := tx.Create(card); err != nil {
			return errors.WithStack(err)
		}
	}

	order := &models.LaundryOrder{
		CustomerID:  cust.ID,
		OrderNumber: fmt.Sprintf("FF-%s-%04d", time.Now().Format("0601"), rand.Intn(10000)),
		Service:     service,
		TotalCents:  price,
		PickupAt:    time.Now().Add(24 * time.Hour),
	}
	if err := tx.Create(order); err != nil {
		return errors.WithStack(err)
	}
	logrus.WithFields(logrus.Fields{
		"order":       order.OrderNumber,
		"customer_id": cust.ID,
		"card_brand":  card.Brand,
		"card_last4":  card.LastFour,
		"total_cents": price,
	}).Info("order booked")
	services.TrackOrder(order, "Order Booked")
	return c.Render(http.StatusCreated, r.JSON(order))
}

// OrdersAssignLocker gives the order a locker and a one-time code.
func OrdersAssignLocker(c buffalo.Context) error {
	tx := c.Value("tx").(*pop.Connection)
	order := &models.LaundryOrder{}
	if err := tx.Find(order, c.Param("order_id")); err != nil {
		return c.Error(http.StatusNotFound, err)
	}
	order.LockerCode = fmt.Sprintf("%06d", rand.Intn(1000000))
	if err := tx.Update(order); err != nil {
		return errors.WithStack(err)
	}
	c.Logger().Infof("locker assigned to order %s", order.OrderNumber)
	return c.Render(http.StatusOK, r.JSON(map[string]string{"locker_code": order.LockerCode}))
}
