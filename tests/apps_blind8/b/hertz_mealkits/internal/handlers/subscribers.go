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
	"golang.org/x/crypto/bcrypt"
)

type Subscribers struct {
	DB        *pg.DB
	Analytics *clients.Analytics
}

type signupRequest struct {
	FirstName string                 `json:"firstName" vd:"len($)>0"`
	LastName  string                 `json:"lastName" vd:"len($)>0"`
	Email     string                 `json:"email" vd:"email($)"`
	Phone     string                 `json:"phone"`
	BirthDate string                 `json:"birthDate"`
	Password  string                 `json:"password" vd:"len($)>9"`
	Allergies []string               `json:"allergies"`
	Address   models.DeliveryAddress `json:"address"`
}

func (h *Subscribers) Signup(ctx context.Context, c *app.RequestContext) {
	var req signupRequest
	if err := c.BindAndValidate(&req); err != nil {
		log.WithError(err).WithField("body", string(c.Request.Body())).Warn("signup rejected")
		c.JSON(http.StatusBadRequest, utils.H{"error": err.Error()})
		return
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	sub := &models.Subscriber{
		FirstName: req.FirstName, LastName: req.LastName, Email: req.Email, Phone: req.Phone,
		Allergies: req.Allergies, PasswordHash: string(hash),
	}
	err := h.DB.RunInTransaction(ctx, func(tx *pg.Tx) error {
		if _, err := tx.Model(sub).Insert(); err != nil {
			return err
		}
		req.Address.SubscriberID = sub.ID
		_, err := tx.Model(&req.Address).Insert()
		return err
	})
	if err != nil {
		log.WithError(err).WithFields(log.Fields{"email": req.Email, "phone": req.Phone}).Error("signup insert failed")
		c.JSON(http.StatusConflict, utils.H{"error": "could not create subscriber"})
		return
	}
	if err := h.Analytics.Identify(sub); err != nil {
		clients.NotifyWithSubscriber(ctx, err, sub)
	}
	log.WithFields(log.Fields{"subscriber_id": sub.ID, "ip": c.ClientIP()}).Info("subscriber created")
	c.JSON(http.StatusCreated, utils.H{"id": sub.ID})
}

func (h *Subscribers) UpdateAddress(ctx context.Context, c *app.RequestContext) {
	id, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	var addr models.DeliveryAddress
	if err := c.BindJSON(&addr); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	addr.SubscriberID = id
	if _, err := h.DB.ModelContext(ctx, &addr).Where("subscriber_id = ?subscriber_id").Update(); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	log.Infof("address changed for subscriber %d: %s, %s %s", id, addr.Line1, addr.City, addr.Postcode)
	c.Status(http.StatusNoContent)
}

func (h *Subscribers) Skip(ctx context.Context, c *app.RequestContext) {
	id, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	week := c.Query("week")
	res, err := h.DB.ModelContext(ctx, (*models.Box)(nil)).
		Set("status = 'skipped'").Where("subscriber_id = ? AND week = ? AND status = 'planned'", id, week).Update()
	if err != nil || res.RowsAffected() == 0 {
		c.JSON(http.StatusConflict, utils.H{"error": "box already packed"})
		return
	}
	_ = h.Analytics.BoxSkipped(id, week)
	log.WithFields(log.Fields{"subscriber_id": id, "week": week}).Info("box skipped")
	c.Status(http.StatusNoContent)
}

func (h *Subscribers) Login(ctx context.Context, c *app.RequestContext) {
	email, password := c.PostForm("email"), c.PostForm("password")
	sub := new(models.Subscriber)
	err := h.DB.ModelContext(ctx, sub).Where("email = ?", email).Select()
	if err != nil || bcrypt.CompareHashAndPassword([]byte(sub.PasswordHash), []byte(password)) != nil {
		log.Warnf("failed login for %s from %s", email, c.ClientIP())
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, utils.H{"id": sub.ID})
}
