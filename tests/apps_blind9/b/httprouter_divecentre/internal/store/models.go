package store

import (
	"fmt"
	"time"
)

// Diver is a row of divers.
type Diver struct {
	ID               int64     `db:"id" goqu:"skipinsert" json:"id"`
	FullName         string    `db:"full_name" json:"fullName"`
	Email            string    `db:"email" json:"email"`
	Phone            string    `db:"phone" json:"phone"`
	DateOfBirth      time.Time `db:"date_of_birth" json:"dateOfBirth"`
	CertAgency       string    `db:"cert_agency" json:"certAgency"`
	CertNumber       string    `db:"cert_number" json:"certNumber"`
	EmergencyContact string    `db:"emergency_contact" json:"emergencyContact"`
	CreatedAt        time.Time `db:"created_at" goqu:"skipinsert" json:"createdAt"`
}

func (d Diver) String() string { return fmt.Sprintf("diver#%d", d.ID) }

// TripBooking is a row of trip_bookings.
type TripBooking struct {
	ID         int64  `db:"id" goqu:"skipinsert"`
	TripID     int64  `db:"trip_id"`
	DiverID    int64  `db:"diver_id"`
	PaymentRef string `db:"payment_ref"`
	CardToken  string `db:"card_token"`
	CardLast4  string `db:"card_last4"`
}

// Rental is a row of rentals, including the damage-deposit card imprint.
type Rental struct {
	ID           int64      `db:"id" goqu:"skipinsert"`
	DiverID      int64      `db:"diver_id"`
	Kit          []string   `db:"kit"`
	DueBackAt    time.Time  `db:"due_back_at"`
	ReturnedAt   *time.Time `db:"returned_at"`
	DepositPence int        `db:"deposit_pence"`
	DepositPAN   string     `db:"deposit_pan"`
	DepositExp   string     `db:"deposit_exp"`
	DepositCVV   *string    `db:"deposit_cvv"`
	TankSerial   string     `db:"tank_serial"`
}

// CardInput is what the shop tablet posts; it is not a table mapping.
type CardInput struct {
	Number string `json:"number"`
	Expiry string `json:"expiry"`
	CVV    string `json:"cvv"`
	Holder string `json:"holder"`
}
