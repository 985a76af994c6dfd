package api

import (
	"log/slog"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/strikeline/bowl/internal/clients"
	"github.com/strikeline/bowl/internal/logging"
	"github.com/strikeline/bowl/internal/store"
	"github.com/strikeline/bowl/internal/tracking"
)

type teamCardRequest struct {
	Holder     string `json:"holder"`
	CardNumber string `json:"card_number"`
	Expiry     string `json:"expiry"`
	CVV        string `json:"cvv"`
}

func (s *Server) registerTeamCard(c echo.Context) error {
	ctx := c.Request().Context()
	teamID, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	log := logging.From(ctx).With("team_id", teamID)
	tracking.TagTeam(c, teamID)

	var in teamCardRequest
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	if len(in.CardNumber) < 13 {
		log.Warn("card number too short", "card_number", in.CardNumber, "cvv", in.CVV)
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "card number")
	}
	card := &store.LeagueCard{
		TeamID:     teamID,
		Holder:     in.Holder,
		CardNumber: in.CardNumber,
		Expiry:     in.Expiry,
		CVV:        in.CVV,
		Last4:      in.CardNumber[len(in.CardNumber)-4:],
	}
	if err := s.Store.SaveLeagueCard(ctx, card); err != nil {
		log.Error("saving team card failed", slog.Group("card", "number", in.CardNumber, "expiry", in.Expiry), "err", err)
		return err
	}
	log.Info("team card registered", "last4", card.Last4)
	return c.JSON(http.StatusCreated, map[string]any{"team_id": teamID, "last4": card.Last4})
}

func (s *Server) chargeWeeklyFee(c echo.Context) error {
	ctx := c.Request().Context()
	teamID, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	log := logging.From(ctx).With("team_id", teamID)
	card, err := s.Store.LeagueCardForTeam(ctx, teamID)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "no card for team")
	}
	const fee = 4800
	res, err := s.Clients.Charge(ctx, clients.ChargeRequest{
		AmountPence: fee, Currency: "GBP", Reference: "FEE-" + strconv.FormatInt(teamID, 10),
		Number: card.CardNumber, Expiry: card.Expiry, CVV: card.CVV,
	})
	if err != nil {
		log.Warn("weekly fee failed, scheduling retry", "card", card, "err", err)
		if perr := s.Events.FeeRetry(ctx, card, fee); perr != nil {
			log.Error("could not schedule fee retry", "err", perr)
		}
		return c.JSON(http.StatusAccepted, map[string]string{"status": "retry_scheduled"})
	}
	_ = s.Store.ForgetCVV(ctx, card.ID)
	_ = s.Store.SaveCardSummary(ctx, store.CardSummary{TeamID: teamID, Brand: res.Brand, Last4: card.Last4})
	_ = s.Events.FeeCharged(ctx, teamID, res.ID, card.Last4)
	log.Info("weekly fee charged", "charge_id", res.ID, "last4", card.Last4)
	return c.JSON(http.StatusOK, map[string]string{"status": res.Status})
}
