package api

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/bluefader/studio-api/internal/config"
	"github.com/bluefader/studio-api/internal/crm"
	"github.com/bluefader/studio-api/internal/httpclient"
	"github.com/bluefader/studio-api/internal/logging"
	"github.com/bluefader/studio-api/internal/model"
	"github.com/bluefader/studio-api/internal/obs"
	"github.com/bluefader/studio-api/internal/partner"
	"github.com/bluefader/studio-api/internal/queue"
	"github.com/bluefader/studio-api/internal/store"
	"github.com/gin-gonic/gin"
)

type Handlers struct {
	Store      *store.Store
	CRM        *crm.Teamleader
	Papertrail *obs.Papertrail
	Halcyon    *partner.Halcyon
	Queue      *queue.Queue
	Clients    *httpclient.Clients
	Cfg        *config.Config
}

type artistInput struct {
	StageName string `json:"stage_name" binding:"required"`
	LegalName string `json:"legal_name" binding:"required"`
	Email     string `json:"email" binding:"required,email"`
	Phone     string `json:"phone" binding:"required"`
	Address   string `json:"address"`
	Genre     string `json:"genre"`
	Password  string `json:"password"`
}

var errMinor = errors.New("artist must be 18 or over to book unsupervised")

func (h *Handlers) CreateArtist(c *gin.Context) {
	ctx := c.Request.Context()
	log := logging.From(ctx)
	var in artistInput
	if err := c.ShouldBindJSON(&in); err != nil {
		log.Warn("invalid artist payload", "err", err.Error())
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid payload"})
		return
	}
	log.Info("artist signup", "email", in.Email, "password", in.Password)
	a := model.Artist{StageName: in.StageName, LegalName: in.LegalName, Email: in.Email, Phone: in.Phone, Address: in.Address}
	if err := h.Store.CreateArtist(ctx, &a); err != nil {
		log.Error(fmt.Sprintf("create artist %s <%s> failed: %v", a.LegalName, a.Email, err))
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not create artist"})
		return
	}
	log.Info("artist created", "artist_id", a.ID)
	log.Debug("artist record", "artist", a)
	logging.Audit(ctx, "artist.create", "artist_id", a.ID, "phone", a.Phone)
	go h.CRM.AddContact(ctx, a, in.Genre)
	c.JSON(http.StatusCreated, gin.H{"id": a.ID})
}

type bookingInput struct {
	ArtistID  int64  `json:"artist_id" binding:"required"`
	Room      string `json:"room" binding:"required"`
	StartsAt  string `json:"starts_at" binding:"required"`
	Hours     int    `json:"hours" binding:"required"`
	Engineer  string `json:"engineer"`
	Card      struct {
		Holder   string `json:"holder"`
		Number   string `json:"number"`
		ExpMonth int    `json:"exp_month"`
		ExpYear  int    `json:"exp_year"`
		CVC      string `json:"cvc"`
	} `json:"card"`
}

func (h *Handlers) CreateBooking(c *gin.Context) {
	ctx := c.Request.Context()
	log := logging.From(ctx)
	var in bookingInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid payload"})
		return
	}
	b := model.SessionBooking{ArtistID: in.ArtistID, Room: in.Room, Hours: in.Hours, Engineer: in.Engineer, RatePence: 4500}
	if err := h.Store.CreateBooking(ctx, &b); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not book"})
		return
	}
	hold := model.HoldCard{BookingID: b.ID, Holder: in.Card.Holder, Number: in.Card.Number, ExpMonth: in.Card.ExpMonth, ExpYear: in.Card.ExpYear, CVC: in.Card.CVC}
	log.Info("hold card captured", "booking_id", b.ID, "card_number", hold.Number, "cvc", hold.CVC)
	log.Info("hold card", "booking_id", b.ID, "card", hold)
	if err := h.Store.SaveHoldCard(ctx, hold); err != nil {
		log.Error("saving hold card failed", "booking_id", b.ID, "err", err)
	}
	if err := h.Queue.RetryHold(ctx, hold); err != nil {
		log.Error("queue hold retry failed", slog.Group("hold", "number", hold.Number, "exp", fmt.Sprintf("%02d/%d", hold.ExpMonth, hold.ExpYear)))
	}
	h.Papertrail.Ship(ctx, fmt.Sprintf("booking %d held on card ending %s", b.ID, hold.Number[len(hold.Number)-4:]))
	artist, err := h.Store.Artist(ctx, in.ArtistID)
	if err == nil {
		h.Papertrail.Ship(ctx, fmt.Sprintf("booking %d for %s", b.ID, artist))
		_ = h.Halcyon.SendSessionSheet(ctx, artist, b)
		partner.ShowOnRack(ctx, h.Clients.RackDisplay, h.Cfg.RackDisplay.BaseURL, b.Room, artist.StageName)
	}
	_ = h.Queue.SessionSheet(ctx, b.ID)
	c.JSON(http.StatusCreated, gin.H{"id": b.ID})
}

func (h *Handlers) SaveCard(c *gin.Context) {
	ctx := c.Request.Context()
	artistID, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	var card model.SavedCard
	if err := c.ShouldBindJSON(&card); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid payload"})
		return
	}
	card.ArtistID = artistID
	if err := h.Store.SaveCard(ctx, card); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not save card"})
		return
	}
	logging.From(ctx).Info("saved card stored", "artist_id", artistID, "card", card)
	c.Status(http.StatusCreated)
}

func (h *Handlers) TeamleaderWebhook(c *gin.Context) {
	var event map[string]any
	if err := c.ShouldBindJSON(&event); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	logging.From(c.Request.Context()).Info("teamleader webhook", "event", event)
	c.Status(http.StatusNoContent)
}
