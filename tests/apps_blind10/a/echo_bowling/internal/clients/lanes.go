package clients

import (
	"context"
	"fmt"

	"github.com/strikeline/bowl/internal/store"
)

type LaneAssignment struct {
	Lane       int      `json:"lane"`
	BookingRef string   `json:"booking_ref"`
	Players    []string `json:"players"`
	Games      int      `json:"games"`
}

// AssignLane lights the lane and puts the players' names on the overhead scoreboard.
func (c *Clients) AssignLane(ctx context.Context, lb *store.LaneBooking, players []string) error {
	resp, err := c.Lanes.R().SetContext(ctx).
		SetBody(LaneAssignment{Lane: lb.Lane, BookingRef: fmt.Sprintf("LB%d", lb.ID), Players: players, Games: lb.Games}).
		Post("/api/lanes/assign")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("lane controller: %s", resp.Status())
	}
	return nil
}

// RegisterPartyLead sends the party lead's details so the desk can call them to the lane.
func (c *Clients) RegisterPartyLead(ctx context.Context, lb *store.LaneBooking, lead *store.Bowler) error {
	_, err := c.Lanes.R().SetContext(ctx).
		SetBody(map[string]any{
			"booking_ref": fmt.Sprintf("LB%d", lb.ID),
			"lead_name":   lead.Name,
			"lead_phone":  lead.Phone,
			"party_size":  lb.PartySize,
		}).
		Post("/api/parties")
	return err
}

func (c *Clients) LaneHealth(ctx context.Context) (bool, error) {
	resp, err := c.Lanes.R().SetContext(ctx).Get("/api/health")
	if err != nil {
		return false, err
	}
	return resp.StatusCode() == 200, nil
}
