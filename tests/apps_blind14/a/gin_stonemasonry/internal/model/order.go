package model

import (
	"fmt"
	"time"
)

type Customer struct {
	ID         int64  `json:"id"`
	FullName   string `json:"full_name"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
	Address    string `json:"address"`
	Deceased   string `json:"deceased_name"`
	DateOfDeath string `json:"date_of_death"`
}

func (c Customer) String() string {
	return fmt.Sprintf("%s <%s> %s", c.FullName, c.Email, c.Phone)
}

type Card struct {
	Number string `json:"number"`
	CVC    string `json:"cvc"`
	Expiry string `json:"expiry"`
}

func (c Card) String() string {
	return fmt.Sprintf("card ending %s exp %s", c.Number[len(c.Number)-4:], c.Expiry)
}

type OrderRequest struct {
	Customer    Customer `json:"customer"`
	StoneType   string   `json:"stone_type"`
	Inscription string   `json:"inscription"`
	Plot        string   `json:"plot"`
	Card        Card     `json:"card"`
	SaveCard    bool     `json:"save_card"`
}

type Order struct {
	ID           int64
	CustomerID   int64
	StoneType    string
	Plot         string
	PaymentToken string
	CardLast4    string
	CreatedAt    time.Time
}
