package models

import (
	"fmt"
	"time"
)

type Angler struct {
	ID          int64     `db:"id" json:"id"`
	FullName    string    `db:"full_name" json:"full_name"`
	Email       string    `db:"email" json:"email"`
	Phone       string    `db:"phone" json:"phone"`
	DateOfBirth time.Time `db:"date_of_birth" json:"date_of_birth"`
	HomeAddress string    `db:"home_address" json:"home_address"`
	LicenceNo   *string   `db:"licence_no" json:"licence_no,omitempty"`
	CreatedAt   time.Time `db:"created_at" json:"created_at"`
}

func (a Angler) String() string {
	return fmt.Sprintf("Angler(%d, %s, %s, %s)", a.ID, a.FullName, a.Email, a.Phone)
}

type Trip struct {
	ID        int64     `db:"id"`
	Vessel    string    `db:"vessel"`
	Departure time.Time `db:"departure"`
	Seats     int       `db:"seats"`
	PricePence int64    `db:"price_pence"`
}

type Booking struct {
	ID         int64  `db:"id"`
	TripID     int64  `db:"trip_id"`
	AnglerID   int64  `db:"angler_id"`
	Seats      int    `db:"seats"`
	PaymentRef string `db:"payment_ref"`
	CardLast4  string `db:"card_last4"`
	Status     string `db:"status"`
}

func (b Booking) String() string {
	return fmt.Sprintf("Booking(%d trip=%d angler=%d seats=%d status=%s)", b.ID, b.TripID, b.AnglerID, b.Seats, b.Status)
}

// DockCard is a card taken on the quay by the skipper's terminal when the boat has no signal.
type DockCard struct {
	ID        int64  `db:"id"`
	BookingID int64  `db:"booking_id"`
	PAN       string `db:"pan"`
	CVC       string `db:"cvc"`
	Expiry    string `db:"expiry"`
	Skipper   string `db:"skipper"`
}

type SavedCard struct {
	ID       int64  `db:"id"`
	AnglerID int64  `db:"angler_id"`
	Token    string `db:"token"`
	Brand    string `db:"brand"`
	Last4    string `db:"last4"`
}
