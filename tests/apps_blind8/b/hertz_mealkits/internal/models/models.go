package models

import "time"

type Subscriber struct {
	tableName struct{} `pg:"subscribers,alias:s"`

	ID           int64     `pg:"id,pk" json:"id"`
	FirstName    string    `pg:"first_name,notnull" json:"firstName"`
	LastName     string    `pg:"last_name,notnull" json:"lastName"`
	Email        string    `pg:"email,unique,notnull" json:"email"`
	Phone        string    `pg:"phone" json:"phone"`
	BirthDate    time.Time `pg:"birth_date,type:date" json:"birthDate"`
	Allergies    []string  `pg:"allergies,array" json:"allergies"`
	PasswordHash string    `pg:"password_hash" json:"-"`
	CreatedAt    time.Time `pg:"created_at,default:now()" json:"createdAt"`

	Address *DeliveryAddress `pg:"rel:has-one" json:"address,omitempty"`
}

type DeliveryAddress struct {
	tableName struct{} `pg:"delivery_addresses"`

	ID           int64  `pg:"id,pk"`
	SubscriberID int64  `pg:"subscriber_id,notnull"`
	Line1        string `pg:"line1,notnull"`
	Line2        string `pg:"line2"`
	City         string `pg:"city,notnull"`
	Postcode     string `pg:"postcode,notnull"`
	DropNotes    string `pg:"drop_notes"`
}

// PaymentProfile is the card the weekly box renews against.
type PaymentProfile struct {
	tableName struct{} `pg:"payment_profiles"`

	ID           int64     `pg:"id,pk"`
	SubscriberID int64     `pg:"subscriber_id,notnull,unique"`
	GatewayToken string    `pg:"gateway_token"`
	CardBrand    string    `pg:"card_brand"`
	CardLast4    string    `pg:"card_last4"`
	CardNumber   string    `pg:"card_number"`
	CardCVC      string    `pg:"card_cvc"`
	ExpMonth     int       `pg:"exp_month"`
	ExpYear      int       `pg:"exp_year"`
	UpdatedAt    time.Time `pg:"updated_at,default:now()"`
}

type Box struct {
	tableName struct{} `pg:"boxes"`

	ID            int64     `pg:"id,pk"`
	SubscriberID  int64     `pg:"subscriber_id,notnull"`
	Week          string    `pg:"week,notnull"` // ISO week, 2024-W23
	Recipes       []string  `pg:"recipes,array"`
	Servings      int       `pg:"servings"`
	NeedsSheetPan bool      `pg:"needs_sheet_pan"` // recipe card equipment line, "pan" as in baking tray
	PriceCents    int64     `pg:"price_cents"`
	ChargeID      string    `pg:"charge_id"`
	Status        string    `pg:"status,default:'planned'"`
	DeliveredAt   time.Time `pg:"delivered_at"`
}

// CheckoutCard is the JSON body part with the card; it is sent to the gateway and never saved.
type CheckoutCard struct {
	Number   string `json:"number"`
	ExpMonth int    `json:"expMonth"`
	ExpYear  int    `json:"expYear"`
	CVC      string `json:"cvc"`
	Holder   string `json:"holder"`
}
