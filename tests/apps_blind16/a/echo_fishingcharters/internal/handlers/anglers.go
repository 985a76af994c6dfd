package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"go.uber.org/zap"

	"github.com/saltline/charters/internal/logging"
	"github.com/saltline/charters/internal/models"
)

type anglerInput struct {
	FullName    string `json:"full_name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	DateOfBirth string `json:"date_of_birth"`
	HomeAddress string `json:"home_address"`
}

func (h *Handlers) CreateAngler(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	var in anglerInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	log.Debug("angler signup", zap.Any("input", in))
	if existing, err := h.Store.AnglerByEmail(ctx, in.Email); err == nil && existing.ID != 0 {
		return &DuplicateAnglerError{Email: in.Email}
	}
	dob, err := time.Parse("2006-01-02", in.DateOfBirth)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "date_of_birth")
	}
	a := &models.Angler{FullName: in.FullName, Email: in.Email, Phone: in.Phone, DateOfBirth: dob, HomeAddress: in.HomeAddress}
	if err := h.Store.CreateAngler(ctx, a); err != nil {
		return err
	}
	log.Info("angler created", zap.Int64("angler_id", a.ID), logging.MaskedEmail("email", a.Email))
	log.Info("angler profile", zap.Stringer("angler", a))
	if err := h.Vendors.NimbleContact(ctx, a); err != nil {
		log.Warn("nimble contact failed", zap.Int64("angler_id", a.ID), zap.Error(err))
	}
	_ = h.Vendors.IndicativeEvent(ctx, a, "signed_up", map[string]any{"channel": "web"})
	return c.JSON(http.StatusCreated, map[string]int64{"id": a.ID})
}

func (h *Handlers) IssueLicence(c echo.Context) error {
	ctx := c.Request().Context()
	id, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	a, err := h.Store.Angler(ctx, id)
	if err != nil {
		return err
	}
	licence, err := h.AnglerPass.IssueDayLicence(ctx, a, 1)
	if err != nil {
		logging.From(ctx).Error("licence request failed", zap.String("angler", a.FullName), zap.Time("dob", a.DateOfBirth), zap.Error(err))
		return echo.NewHTTPError(http.StatusBadGateway, "licensing unavailable")
	}
	if err := h.Store.SetLicence(ctx, id, licence); err != nil {
		return err
	}
	logging.From(ctx).Info("licence issued", zap.Int64("angler_id", id))
	return c.JSON(http.StatusOK, map[string]string{"licence_no": licence})
}
