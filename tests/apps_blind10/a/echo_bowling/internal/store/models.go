package store

import (
	"log/slog"
	"time"
)

type Bowler struct {
	ID          int64     `json:"id"`
	Name        string    `json:"name"`
	Email       string    `json:"email"`
	Phone       string    `json:"phone"`
	DateOfBirth time.Time `json:"date_of_birth"`
	Handicap    int       `json:"handicap"`
	LeagueID    *int64    `json:"league_id,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
}

// LogValue keeps bowlers' contact details out of the logs.
func (b Bowler) LogValue() slog.Value {
	return slog.GroupValue(slog.Int64("id", b.ID), slog.Int("handicap", b.Handicap))
}

// LeagueCard is the card a league captain registers to pay the team's weekly lane fees.
type LeagueCard struct {
	ID         int64  `json:"id"`
	TeamID     int64  `json:"team_id"`
	Holder     string `json:"holder"`
	CardNumber string `json:"card_number"`
	Expiry     string `json:"expiry"`
	CVV        string `json:"cvv"`
	Last4      string `json:"last4"`
}

type CardSummary struct {
	TeamID int64  `json:"team_id"`
	Brand  string `json:"brand"`
	Last4  string `json:"last4"`
}

type LaneBooking struct {
	ID        int64
	BowlerID  int64
	Lane      int
	StartsAt  time.Time
	Games     int
	PartySize int
	Status    string
}
