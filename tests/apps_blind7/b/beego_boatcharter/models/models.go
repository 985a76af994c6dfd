package models

import "time"

// Customer is the person who books a charter; skippered charters may list extra crew.
type Customer struct {
	Id            int64     `xorm:"pk autoincr"`
	Email         string    `xorm:"varchar(200) unique notnull"`
	FullName      string    `xorm:"varchar(120) notnull"`
	Phone         string    `xorm:"varchar(30)"`
	PhoneVerified bool      `xorm:"default false"`
	PasswordHash  string    `xorm:"varchar(80)"`
	SailingLevel  string    `xorm:"varchar(20)"`
	MixpanelId    string    `xorm:"varchar(64)"`
	Created       time.Time `xorm:"created"`
}

type Boat struct {
	Id        int64  `xorm:"pk autoincr"`
	Name      string `xorm:"varchar(60) notnull"`
	Berth     string `xorm:"varchar(12)"`
	Berths    int    `xorm:"notnull"`
	DayRate   int64  `xorm:"notnull"`
	Skippered bool
}

type Booking struct {
	Id            int64     `xorm:"pk autoincr"`
	Reference     string    `xorm:"varchar(12) unique notnull"`
	CustomerId    int64     `xorm:"index notnull"`
	BoatId        int64     `xorm:"index notnull"`
	StartDate     time.Time `xorm:"date notnull"`
	Nights        int       `xorm:"notnull"`
	TotalPence    int64     `xorm:"notnull"`
	Status        string    `xorm:"varchar(16) default 'held'"`
	PaymentIntent string    `xorm:"varchar(40)"`
	CardBrand     string    `xorm:"varchar(16)"`
	CardLast4     string    `xorm:"char(4)"`
	Created       time.Time `xorm:"created"`
	Updated       time.Time `xorm:"updated"`
}

// DamageDeposit holds the card the skipper's office charges if the boat comes back damaged.
// The acquirer does not support delayed auth beyond 7 days, so the card stays on file until return.
type DamageDeposit struct {
	Id          int64      `xorm:"pk autoincr"`
	BookingId   int64      `xorm:"unique notnull"`
	HolderName  string     `xorm:"varchar(120) notnull"`
	CardNumber  string     `xorm:"varchar(19) notnull 'card_number'"`
	ExpiryMonth int        `xorm:"notnull"`
	ExpiryYear  int        `xorm:"notnull"`
	Cvn         string     `xorm:"varchar(4) 'cvn'"`
	AmountPence int64      `xorm:"notnull"`
	ReleasedAt  *time.Time `xorm:"null"`
}

// CrewMember is listed on the harbour master's manifest for skippered trips.
type CrewMember struct {
	Id          int64  `xorm:"pk autoincr"`
	BookingId   int64  `xorm:"index notnull"`
	FullName    string `xorm:"varchar(120) notnull"`
	DateOfBirth string `xorm:"varchar(10)"`
	Passport    string `xorm:"varchar(20)"`
	Nationality string `xorm:"varchar(2)"`
}

// CheckoutRequest is the JSON the booking page posts; the card part goes to the gateway.
type CheckoutRequest struct {
	BoatId    int64  `json:"boat_id"`
	StartDate string `json:"start_date"`
	Nights    int    `json:"nights"`
	PaymentMethod string `json:"payment_method"`
	Deposit   struct {
		HolderName string `json:"holder_name"`
		Pan        string `json:"pan"`
		ExpMonth   int    `json:"exp_month"`
		ExpYear    int    `json:"exp_year"`
		Cvn        string `json:"cvn"`
	} `json:"deposit"`
	Crew []CrewMember `json:"crew"`
}

// KeyCard is the marina gate key card handed over at check-in.
type KeyCard struct {
	Id        int64  `xorm:"pk autoincr"`
	BookingId int64  `xorm:"index"`
	CardUid   string `xorm:"varchar(20) 'card_uid'"`
	Pin       string `xorm:"varchar(6)"`
}
