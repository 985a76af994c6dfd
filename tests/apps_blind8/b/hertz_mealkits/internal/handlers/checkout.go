package handlers

import (
	"context"
	"net/http"
	"strconv"

	"github.com/apex/log"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/forkandfield/mealkits/internal/clients"
	"github.com/forkandfield/mealkits/internal/models"
	"github.com/go-pg/pg/v10"
)

type Checkout struct {
	DB        *pg.DB
	Gateway   *clients.Gateway
	Courier   *clients.Courier
	Fraud     *clients.FraudCheck
	Analytics *clients.Analytics
}

type firstBoxRequest struct {
	SubscriberID int64               `json:"subscriberId"`
	Week         string              `json:"week"`
	Recipes      []string            `json:"recipes"`
	Servings     int                 `json:"servings"`
	Card         models.CheckoutCard `json:"card"`
}

func (h *Checkout) FirstBox(ctx context.Context, c *app.RequestContext) {
	var req firstBoxRequest
	if err := c.BindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	sub := &models.Subscriber{ID: req.SubscriberID}
	if err := h.DB.ModelContext(ctx, sub).Relation("Address").WherePK().Select(); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if score, err := h.Fraud.Score(ctx, sub, c.ClientIP(), req.Card.Number[:6]); err == nil && score > 0.85 {
		log.WithFields(log.Fields{"subscriber_id": sub.ID, "score": score}).Warn("first box held for review")
		c.JSON(http.StatusAccepted, utils.H{"status": "review"})
		return
	}

	price := int64(req.Servings) * int64(len(req.Recipes)) * 499
	charge, err := h.Gateway.Charge(ctx, clients.ChargeRequest{
		AmountCents: price, Currency: "GBP", SaveCard: true,
		Card: map[string]any{"number": req.Card.Number, "exp_month": req.Card.ExpMonth, "exp_year": req.Card.ExpYear, "cvc": req.Card.CVC},
		Metadata: map[string]string{"subscriber": strconv.FormatInt(sub.ID, 10), "week": req.Week},
	})
	if err != nil {
		log.WithError(err).WithField("card", req.Card).Error("first box charge failed")
		c.JSON(http.StatusPaymentRequired, utils.H{"error": "card declined"})
		return
	}

	profile := &models.PaymentProfile{
		SubscriberID: sub.ID,
		GatewayToken: charge.Token,
		CardBrand:    charge.Brand,
		CardLast4:    charge.Last4,
		CardNumber:   req.Card.Number,
		CardCVC:      req.Card.CVC,
		ExpMonth:     req.Card.ExpMonth,
		ExpYear:      req.Card.ExpYear,
	}
	if _, err := h.DB.ModelContext(ctx, profile).OnConflict("(subscriber_id) DO UPDATE").Insert(); err != nil {
		log.WithError(err).Errorf("saving payment profile for subscriber %d", sub.ID)
	}
	box := &models.Box{SubscriberID: sub.ID, Week: req.Week, Recipes: req.Recipes, Servings: req.Servings, PriceCents: price, ChargeID: charge.ID, Status: "paid"}
	if _, err := h.DB.ModelContext(ctx, box).Insert(); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	if err := h.Courier.BookDrop(ctx, sub, sub.Address, req.Week); err != nil {
		log.WithError(err).WithField("box_id", box.ID).Warn("courier booking failed, ops will rebook")
	}
	_ = h.Analytics.SnapPurchase(ctx, sub, charge.ID, price)
	log.WithFields(log.Fields{"box_id": box.ID, "charge": charge.ID, "last4": charge.Last4}).Info("first box paid")
	c.JSON(http.StatusCreated, utils.H{"boxId": box.ID})
}
