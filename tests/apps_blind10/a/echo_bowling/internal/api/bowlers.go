package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/strikeline/bowl/internal/logging"
	"github.com/strikeline/bowl/internal/store"
	"github.com/strikeline/bowl/internal/tracking"
)

type newBowler struct {
	Name        string `json:"name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	DateOfBirth string `json:"date_of_birth"`
	Handicap    int    `json:"handicap"`
}

func (s *Server) createBowler(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	var in newBowler
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	dob, err := time.Parse("2006-01-02", in.DateOfBirth)
	if err != nil {
		log.Info("bad date of birth", "email", in.Email, "phone", in.Phone)
		return echo.NewHTTPError(http.StatusBadRequest, "date_of_birth must be YYYY-MM-DD")
	}
	b := &store.Bowler{Name: in.Name, Email: in.Email, Phone: in.Phone, DateOfBirth: dob, Handicap: in.Handicap}
	if err := s.Store.CreateBowler(ctx, b); err != nil {
		return err
	}
	log.Info("bowler created", "bowler", b)
	tracking.TagBowler(c, b)
	if err := s.Analytics.BowlerSignedUp(b); err != nil {
		log.Warn("segment identify failed", "bowler_id", b.ID, "err", err)
	}
	return c.JSON(http.StatusCreated, b)
}

func (s *Server) joinLeague(c echo.Context) error {
	ctx := c.Request().Context()
	id, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	var in struct {
		Email      string `json:"email"`
		LeagueID   int64  `json:"league_id"`
		LeagueCode string `json:"league_code"`
	}
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	b, err := s.Store.BowlerByEmail(ctx, in.Email)
	if err != nil || b == nil || b.ID != id {
		return echo.NewHTTPError(http.StatusNotFound, "bowler not found")
	}
	log := logging.From(ctx).With("email", b.Email, "league", in.LeagueCode)
	if err := s.Store.JoinLeague(ctx, b, in.LeagueID); err != nil {
		log.Warn("join league refused", "err", err)
		return echo.NewHTTPError(http.StatusConflict, "already in a league")
	}
	result, err := s.Clients.SanctionBowler(ctx, b, in.LeagueCode)
	if err != nil {
		log.Error("sanction failed", "bowler_id", b.ID, "err", err)
		return echo.NewHTTPError(http.StatusBadGateway, "league portal unavailable")
	}
	log.Info("league joined", "member_no", result.MemberNo)
	_ = s.Analytics.LeagueJoined(b, in.LeagueCode)
	return c.JSON(http.StatusOK, result)
}
