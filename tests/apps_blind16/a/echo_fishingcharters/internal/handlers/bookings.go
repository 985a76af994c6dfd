package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"go.uber.org/zap"

	"github.com/saltline/charters/internal/jobs"
	"github.com/saltline/charters/internal/logging"
	"github.com/saltline/charters/internal/models"
)

type bookingInput struct {
	TripID   int64 `json:"trip_id"`
	AnglerID int64 `json:"angler_id"`
	Seats    int   `json:"seats"`
}

func (h *Handlers) CreateBooking(c echo.Context) error {
	ctx := c.Request().Context()
	var in bookingInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	b := &models.Booking{TripID: in.TripID, AnglerID: in.AnglerID, Seats: in.Seats}
	if err := h.Store.CreateBooking(ctx, b); err != nil {
		return err
	}
	logging.From(ctx).Info("booking created", zap.Stringer("booking", b))
	_ = h.Vendors.IndicativeTripEvent(ctx, in.AnglerID, in.TripID, "trip_booked")
	return c.JSON(http.StatusCreated, map[string]int64{"id": b.ID})
}

type payInput struct {
	AnglerID int64  `json:"angler_id"`
	PAN      string `json:"pan"`
	Expiry   string `json:"expiry"`
	CVC      string `json:"cvc"`
	Amount   int64  `json:"amount"`
	Save     bool   `json:"save"`
}

func (h *Handlers) PayBooking(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	bookingID, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	var in payInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	tok, err := h.Pay.Tokenise(ctx, in.PAN, in.Expiry, in.CVC)
	if err != nil {
		log.Error("tokenise failed", zap.Int64("booking_id", bookingID), zap.Error(err))
		return err
	}
	if in.Save {
		if err := h.Store.SaveCard(ctx, &models.SavedCard{AnglerID: in.AnglerID, Token: tok.Token, Brand: tok.Brand, Last4: tok.Last4}); err != nil {
			return err
		}
	}
	res, err := h.Pay.ChargeToken(ctx, tok.Token, in.Amount)
	if err != nil {
		return err
	}
	if res.Status != "approved" {
		return &DeclinedError{BookingID: bookingID, Last4: tok.Last4}
	}
	if err := h.Store.MarkPaid(ctx, bookingID, res.ID, tok.Last4); err != nil {
		return err
	}
	log.Info("booking paid", zap.Int64("booking_id", bookingID), zap.String("last4", tok.Last4), zap.String("ref", res.ID))
	return c.JSON(http.StatusOK, map[string]string{"ref": res.ID})
}

type dockCardInput struct {
	PAN     string `json:"pan"`
	CVC     string `json:"cvc"`
	Expiry  string `json:"expiry"`
	Skipper string `json:"skipper"`
	Amount  int64  `json:"amount"`
}

// DockCard records a card keyed on the skipper's handset while offshore, for charging once back in signal.
func (h *Handlers) DockCard(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	bookingID, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	var in dockCardInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	log.Info("dock card received", zap.Int64("booking_id", bookingID), zap.String("skipper", in.Skipper), zap.String("pan", in.PAN))
	card := &models.DockCard{BookingID: bookingID, PAN: in.PAN, CVC: in.CVC, Expiry: in.Expiry, Skipper: in.Skipper}
	if err := h.Store.SaveDockCard(ctx, card); err != nil {
		return err
	}
	payload, _ := json.Marshal(jobs.DockCharge{BookingID: bookingID, PAN: in.PAN, CVC: in.CVC, Expiry: in.Expiry, Amount: in.Amount})
	if err := h.Redis.RPush(ctx, jobs.DockChargeQueue, payload).Err(); err != nil {
		return err
	}
	h.Redis.Set(ctx, "dock:last4:"+strconv.FormatInt(bookingID, 10), in.PAN[len(in.PAN)-4:], 48*time.Hour)
	return c.JSON(http.StatusAccepted, map[string]string{"status": "queued"})
}

type harbourPayEvent struct {
	ID   string          `json:"id"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func (h *Handlers) HarbourPayWebhook(c echo.Context) error {
	log := logging.From(c.Request().Context())
	var ev harbourPayEvent
	if err := c.Bind(&ev); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	log.Info("harbourpay event", zap.String("id", ev.ID), zap.String("type", ev.Type))
	if ev.Type == "chargeback.opened" {
		log.Warn("chargeback", zap.ByteString("data", ev.Data))
	}
	return c.NoContent(http.StatusNoContent)
}
