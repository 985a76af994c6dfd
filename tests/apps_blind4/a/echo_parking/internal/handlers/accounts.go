package handlers

import (
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"
	"github.com/rs/zerolog"
	"golang.org/x/crypto/bcrypt"

	"github.com/citypark/echo-parking/internal/analytics"
	"github.com/citypark/echo-parking/internal/notify"
	"github.com/citypark/echo-parking/internal/store"
)

type AccountHandler struct {
	Q      *store.Queries
	Mailer *notify.Mailer
	Events *analytics.Mixpanel
	Log    zerolog.Logger
}

type signupRequest struct {
	Email    string `json:"email" validate:"required,email"`
	FullName string `json:"fullName" validate:"required"`
	Phone    string `json:"phone"`
	Password string `json:"password" validate:"min=10"`
}

type loginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h *AccountHandler) Register(g *echo.Group) {
	g.POST("/accounts", h.Signup)
	g.POST("/login", h.Login)
}

func (h *AccountHandler) Signup(c echo.Context) error {
	var req signupRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	acct, err := h.Q.CreateAccount(c.Request().Context(), store.CreateAccountParams{
		Email: req.Email, FullName: req.FullName, Phone: req.Phone, PasswordHash: string(hash),
	})
	if err != nil {
		h.Log.Error().Err(err).Str("email", req.Email).Msg("create account failed")
		return echo.NewHTTPError(http.StatusConflict, "account exists")
	}
	h.Log.Info().Int64("account_id", acct.ID).Msg("account created")
	h.Events.People(acct)
	if err := h.Mailer.Welcome(acct); err != nil {
		h.Log.Warn().Err(err).Int64("account_id", acct.ID).Msg("welcome mail not sent")
	}
	return c.JSON(http.StatusCreated, acct)
}

func (h *AccountHandler) Login(c echo.Context) error {
	var req loginRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	acct, err := h.Q.GetAccountByEmail(c.Request().Context(), req.Email)
	if errors.Is(err, pgx.ErrNoRows) || bcrypt.CompareHashAndPassword([]byte(acct.PasswordHash), []byte(req.Password)) != nil {
		h.Log.Warn().
			Str("ip", c.RealIP()).
			Str("email", req.Email).
			Msg("login failed")
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	h.Log.Info().Int64("account_id", acct.ID).Msg("login ok")
	return c.JSON(http.StatusOK, map[string]any{"account_id": acct.ID})
}
