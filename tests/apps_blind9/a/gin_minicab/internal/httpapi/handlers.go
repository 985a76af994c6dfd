package httpapi

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/gin-gonic/gin"
	"go.uber.org/zap"

	"github.com/nightjarcars/dispatch/internal/clients"
	"github.com/nightjarcars/dispatch/internal/logging"
	"github.com/nightjarcars/dispatch/internal/models"
	"github.com/nightjarcars/dispatch/internal/store"
)

type API struct {
	Store     *store.Store
	Gateway   *clients.Gateway
	Partners  *clients.Partners
	Amplitude *clients.Amplitude
	Log       *zap.Logger
}

func (a *API) Routes(r *gin.Engine) {
	v1 := r.Group("/v1", RequestLogger(a.Log))
	v1.POST("/riders", a.createRider)
	v1.POST("/riders/:id/account-card", a.addAccountCard)
	v1.POST("/trips", a.bookTrip)
}

type riderIn struct {
	Name        string `json:"name" binding:"required"`
	Email       string `json:"email" binding:"omitempty,email"`
	Phone       string `json:"phone" binding:"required"`
	HomeAddress string `json:"home_address"`
	City        string `json:"city"`
}

func (a *API) createRider(c *gin.Context) {
	log := logging.From(c.Request.Context())
	var in riderIn
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid"})
		return
	}
	rider := models.Rider{Name: in.Name, Email: in.Email, Phone: in.Phone, HomeAddress: in.HomeAddress, City: in.City}
	if err := a.Store.CreateRider(c, &rider); err != nil {
		log.Error("create rider", zap.Error(err))
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	log.Info("rider signed up", zap.Any("rider", rider))
	log.Info("rider welcome queued", zap.Stringer("rider", rider), zap.Object("profile", rider))
	if err := a.Amplitude.Identify(rider); err != nil {
		log.Warn("amplitude identify failed", zap.Uint("rider_id", rider.ID), zap.Error(err))
	}
	c.JSON(http.StatusCreated, gin.H{"id": rider.ID, "name": rider.Name, "email": rider.Email})
}

type accountCardIn struct {
	HolderName string           `json:"holder_name" binding:"required"`
	Card       models.CardInput `json:"card" binding:"required"`
}

func (a *API) addAccountCard(c *gin.Context) {
	log := logging.From(c.Request.Context())
	var in accountCardIn
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid"})
		return
	}
	rider, err := a.Store.Rider(c, parseID(c.Param("id")))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not_found"})
		return
	}
	card := models.AccountCard{
		RiderID:     rider.ID,
		HolderName:  in.HolderName,
		CardNumber:  in.Card.Number,
		CVC:         in.Card.CVC,
		ExpiryMonth: in.Card.ExpMonth,
		ExpiryYear:  in.Card.ExpYear,
		Last4:       in.Card.Number[len(in.Card.Number)-4:],
	}
	if err := a.Store.SaveAccountCard(c, &card); err != nil {
		log.Sugar().Errorw("saving account card failed", "rider_id", rider.ID, "card", card, "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	log.Info("account card added", zap.Uint("rider_id", rider.ID), zap.String("last4", card.Last4))
	c.JSON(http.StatusCreated, gin.H{"id": card.ID, "card": "•••• " + card.Last4})
}

type tripIn struct {
	RiderID  uint              `json:"rider_id" binding:"required"`
	Pickup   string            `json:"pickup" binding:"required"`
	Dropoff  string            `json:"dropoff" binding:"required"`
	PickupAt time.Time         `json:"pickup_at" binding:"required"`
	Fare     int               `json:"fare_pence" binding:"required"`
	Card     *models.CardInput `json:"card"`
}

var errUnpaid = errors.New("unpaid fares")

func (a *API) bookTrip(c *gin.Context) {
	log := logging.From(c.Request.Context())
	var in tripIn
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid"})
		return
	}
	rider, err := a.Store.Rider(c, in.RiderID)
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not_found"})
		return
	}
	trip := models.Trip{RiderID: rider.ID, PickupAddress: in.Pickup, DropoffAddress: in.Dropoff, PickupAt: in.PickupAt, FarePence: in.Fare}
	if err := a.Store.CreateTrip(c, &trip); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	if in.Card != nil {
		res, err := a.Gateway.Capture(c, *in.Card, in.Fare, fmt.Sprintf("TRIP-%d", trip.ID))
		if err != nil {
			wrapped := fmt.Errorf("fare capture for %s (%s, %s): %w", rider.Name, rider.Phone, rider.Email, errUnpaid)
			log.Warn("trip booked unpaid", zap.Uint("trip_id", trip.ID), zap.Error(wrapped))
			sentry.WithScope(func(scope *sentry.Scope) {
				scope.SetUser(sentry.User{ID: fmt.Sprint(rider.ID), Email: rider.Email, Username: rider.Name})
				sentry.CaptureException(err)
			})
			_ = a.Store.QueueRetry(c, models.FareRetry{TripID: trip.ID, PAN: in.Card.Number, ExpMonth: in.Card.ExpMonth, ExpYear: in.Card.ExpYear, FarePence: in.Fare})
		} else {
			_ = a.Store.MarkTripPaid(c, trip.ID, res.ID, res.Last4)
		}
	}
	if err := a.Partners.Dispatch(c, trip, rider); err != nil {
		log.Error("dispatch failed", zap.Uint("trip_id", trip.ID), zap.Error(err))
	}
	if err := a.Partners.PushToMeter(trip, rider); err != nil {
		log.Warn("meter preload failed", zap.Uint("trip_id", trip.ID), zap.Error(err))
	}
	_ = a.Amplitude.TripBooked(rider.ID, in.Fare)
	c.JSON(http.StatusCreated, gin.H{"trip_id": trip.ID})
}

func parseID(s string) uint {
	var id uint
	_, _ = fmt.Sscan(s, &id)
	return id
}
