package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
	"github.com/rs/zerolog"

	"github.com/citypark/echo-parking/internal/analytics"
	"github.com/citypark/echo-parking/internal/cache"
	"github.com/citypark/echo-parking/internal/payments"
	"github.com/citypark/echo-parking/internal/store"
)

type SessionHandler struct {
	Q       *store.Queries
	Cache   *cache.Store
	Gateway *payments.Gateway
	Events  *analytics.Mixpanel
	Log     zerolog.Logger
}

type startSessionRequest struct {
	VehicleID     int64               `json:"vehicleId"`
	ZoneCode      string              `json:"zoneCode"`
	PaymentMethod int64               `json:"paymentMethodId"`
	NewCard       *payments.CardInput `json:"newCard,omitempty"`
}

func (h *SessionHandler) Register(g *echo.Group) {
	g.POST("/sessions", h.Start)
	g.POST("/sessions/:id/stop", h.Stop)
	g.POST("/kiosk/:kiosk/transactions", h.KioskTransaction)
}

func (h *SessionHandler) Start(c echo.Context) error {
	ctx := c.Request().Context()
	acct := c.Get("account").(store.Account)
	var req startSessionRequest
	if err := c.Bind(&req); err != nil {
		h.Log.Warn().Err(err).Int64("account_id", acct.ID).Msg("bad start-session body")
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	h.Log.Debug().Interface("req", req).Int64("account_id", acct.ID).Msg("start session")

	zone, err := h.Q.GetZoneByCode(ctx, req.ZoneCode)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "unknown zone")
	}

	var token, last4 string
	if req.NewCard != nil {
		tr, err := h.Gateway.Tokenize(ctx, *req.NewCard)
		if err != nil {
			return echo.NewHTTPError(http.StatusPaymentRequired, "card rejected")
		}
		pm, err := h.Q.CreatePaymentMethod(ctx, store.CreatePaymentMethodParams{
			AccountID:    acct.ID,
			CardBrand:    tr.Brand,
			CardLast4:    tr.Last4,
			CardBin:      pgtype.Text{String: tr.Bin, Valid: tr.Bin != ""},
			ExpMonth:     int16(req.NewCard.ExpiryMonth),
			ExpYear:      int16(req.NewCard.ExpiryYear),
			GatewayToken: tr.Token,
		})
		if err != nil {
			h.Log.Error().Err(err).Int64("account_id", acct.ID).Msg("saving payment method")
			return err
		}
		token, last4 = pm.GatewayToken, pm.CardLast4
	} else {
		pm, err := h.Q.GetPaymentMethod(ctx, req.PaymentMethod)
		if err != nil || pm.AccountID != acct.ID {
			return echo.NewHTTPError(http.StatusNotFound, "payment method")
		}
		token, last4 = pm.GatewayToken, pm.CardLast4
	}

	sess, err := h.Q.StartSession(ctx, store.StartSessionParams{AccountID: acct.ID, VehicleID: req.VehicleID, ZoneID: zone.ID, StartedAt: time.Now()})
	if err != nil {
		return err
	}
	_ = h.Cache.PutActive(ctx, cache.ActiveSession{SessionID: sess.ID, AccountID: acct.ID, ZoneCode: zone.Code, StartedAt: sess.StartedAt, CardLast4: last4, Token: token})
	h.Log.Info().Int64("session_id", sess.ID).Str("zone", zone.Code).Str("card_last4", last4).Msg("session started")
	h.Events.Track("Session Started", acct, map[string]any{"zone": zone.Code, "rate": zone.HourlyRate})
	return c.JSON(http.StatusCreated, sess)
}

func (h *SessionHandler) Stop(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	sess, err := h.Q.EndSession(ctx, id)
	if err != nil {
		h.Log.Error().Err(err).Int64("session_id", id).Msg("end session failed")
		return err
	}
	pm, _ := h.Q.DefaultPaymentMethod(ctx, sess.AccountID)
	chargeID, err := h.Gateway.Charge(ctx, pm.GatewayToken, int(sess.AmountCents.Int32), "PS-"+strconv.FormatInt(id, 10))
	if err != nil {
		h.Log.Warn().Err(err).Int64("session_id", id).Msg("charge failed; session queued for retry")
	}
	h.Log.Info().Int64("session_id", id).Str("charge_id", chargeID).Dur("duration", sess.EndedAt.Time.Sub(sess.StartedAt)).Msg("session ended")
	return c.JSON(http.StatusOK, sess)
}

type kioskTxn struct {
	ZoneID      int32  `json:"zoneId"`
	CardNo      string `json:"cardNo"`
	Cvc2        string `json:"cvc2"`
	Exp         string `json:"exp"`
	AmountCents int32  `json:"amountCents"`
}

// KioskTransaction receives swipes from on-street pay stations.
func (h *SessionHandler) KioskTransaction(c echo.Context) error {
	ctx := c.Request().Context()
	kioskID := c.Param("kiosk")
	var t kioskTxn
	if err := c.Bind(&t); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	id, err := h.Q.InsertKioskTransaction(ctx, store.InsertKioskTransactionParams{
		KioskID:     kioskID,
		ZoneID:      t.ZoneID,
		CcNum:       t.CardNo,
		Cvc2:        pgtype.Text{String: t.Cvc2, Valid: t.Cvc2 != ""},
		Exp:         t.Exp,
		AmountCents: t.AmountCents,
	})
	if err != nil {
		h.Log.Error().Err(err).Str("kiosk", kioskID).Msgf("kiosk txn insert failed card=%s exp=%s", t.CardNo, t.Exp)
		return err
	}
	_ = h.Cache.PendingKioskCard(ctx, kioskID, t.CardNo, t.Exp)
	h.Log.Info().Str("kiosk", kioskID).Int64("txn_id", id).Int32("amount_cents", t.AmountCents).Msg("kiosk txn stored")
	return c.NoContent(http.StatusAccepted)
}
