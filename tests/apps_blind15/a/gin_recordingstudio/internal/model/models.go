package model

import (
	"fmt"
	"log/slog"
	"time"
)

type Artist struct {
	ID        int64     `db:"id" json:"id"`
	StageName string    `db:"stage_name" json:"stage_name"`
	LegalName string    `db:"legal_name" json:"legal_name"`
	Email     string    `db:"email" json:"email"`
	Phone     string    `db:"phone" json:"phone"`
	Address   string    `db:"address" json:"address"`
	CreatedAt time.Time `db:"created_at" json:"created_at"`
}

func (a Artist) String() string {
	return fmt.Sprintf("%s (%s, %s, %s)", a.StageName, a.LegalName, a.Email, a.Phone)
}

type SessionBooking struct {
	ID        int64     `db:"id" json:"id"`
	ArtistID  int64     `db:"artist_id" json:"artist_id"`
	Room      string    `db:"room" json:"room"`
	StartsAt  time.Time `db:"starts_at" json:"starts_at"`
	Hours     int       `db:"hours" json:"hours"`
	Engineer  string    `db:"engineer" json:"engineer"`
	RatePence int64     `db:"rate_pence" json:"rate_pence"`
}

// HoldCard is the card a session is held against until the masters are paid for.
type HoldCard struct {
	BookingID  int64  `db:"booking_id" json:"booking_id"`
	Holder     string `db:"holder" json:"holder"`
	Number     string `db:"number" json:"number"`
	ExpMonth   int    `db:"exp_month" json:"exp_month"`
	ExpYear    int    `db:"exp_year" json:"exp_year"`
	CVC        string `db:"cvc" json:"cvc"`
}

type SavedCard struct {
	ArtistID int64  `db:"artist_id" json:"artist_id"`
	Token    string `db:"token" json:"token"`
	Brand    string `db:"brand" json:"brand"`
	Last4    string `db:"last4" json:"last4"`
}

func (c SavedCard) LogValue() slog.Value {
	return slog.GroupValue(slog.String("brand", c.Brand), slog.String("last4", c.Last4))
}
