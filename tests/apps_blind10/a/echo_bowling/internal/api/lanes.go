package api

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/strikeline/bowl/internal/logging"
	"github.com/strikeline/bowl/internal/store"
)

type laneRequest struct {
	BowlerID  int64     `json:"bowler_id"`
	Lane      int       `json:"lane"`
	StartsAt  time.Time `json:"starts_at"`
	Games     int       `json:"games"`
	Players   []string  `json:"players"`
	LeadEmail string    `json:"lead_email"`
}

func (s *Server) bookLane(c echo.Context) error {
	ctx := c.Request().Context()
	log := logging.From(ctx)
	var in laneRequest
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	lb := &store.LaneBooking{BowlerID: in.BowlerID, Lane: in.Lane, StartsAt: in.StartsAt, Games: in.Games, PartySize: len(in.Players)}
	if err := s.Store.CreateLaneBooking(ctx, lb); err != nil {
		return err
	}
	if err := s.Clients.AssignLane(ctx, lb, in.Players); err != nil {
		log.Warn("lane controller unavailable", "booking_id", lb.ID, "err", err)
	}
	if lb.PartySize >= 6 {
		lead, err := s.Store.BowlerByEmail(ctx, in.LeadEmail)
		if err == nil && lead != nil {
			if err := s.Clients.RegisterPartyLead(ctx, lb, lead); err != nil {
				log.Warn("party lead not registered", "booking_id", lb.ID, "err", err)
			}
		}
	}
	_ = s.Events.LaneBooked(ctx, lb)
	_ = s.Analytics.LaneBooked(in.BowlerID, lb.Lane, lb.Games)
	log.Debug("lane booking request", slog.Any("request", in))
	return c.JSON(http.StatusCreated, map[string]any{"id": lb.ID, "lane": lb.Lane})
}
