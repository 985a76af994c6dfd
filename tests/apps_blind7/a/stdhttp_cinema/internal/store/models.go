package store

import "time"

type Member struct {
	ID          int64
	Email       string
	DisplayName string
	Phone       *string
	BirthDate   *time.Time
	CreatedAt   time.Time
}

type Screening struct {
	ID       int64
	FilmName string
	Screen   int
	StartsAt time.Time
	SeatsMax int
}

type Booking struct {
	ID          int64
	Code        string
	ScreeningID int64
	MemberID    *int64
	Seats       []string
	AmountCents int64
	Status      string
}

type StoredCard struct {
	ID            int64
	MemberID      int64
	Token         string
	Brand         string
	Last4         string
	ExpMonth      int
	ExpYear       int
	AcctNumber    string
	CardholderNam string
}
