package schema

type Instrument struct {
	ID uint `bun:"id,pk"`
	// ruleid: card-number-generic-go-mapped-struct-field
	CardNumber string `bun:"card_number,notnull"`
	// ok: card-number-generic-go-mapped-struct-field
	CardLast4 string `bun:"card_last4"`
	// ok: card-number-generic-go-mapped-struct-field
	Pan string `db:"-" json:"pan"`
}

type ChargeRequest struct {
	// ok: card-number-generic-go-mapped-struct-field
	CardNumber string `json:"card_number"`
}

type LoyaltyCard struct {
	// ok: card-number-generic-go-mapped-struct-field
	CardNumber string `bson:"card_number"`
}

func (Instrument) Fields() []ent.Field {
	return []ent.Field{
		// ruleid: card-number-generic-go-schema-builder-column
		field.Text("ccn"),
		// ok: card-number-generic-go-schema-builder-column
		field.String("ccn_fingerprint"),
	}
}

func holdCharge(q *Queries, in ChargeInput) {
	q.InsertHoldParams(ctx, db.InsertHoldParams{
		BookingID: in.BookingID,
		// ruleid: card-number-generic-go-query-params-write
		CardNo: in.CardNo,
		// ok: card-number-generic-go-query-params-write
		CardNoLast4: in.CardNo[len(in.CardNo)-4:],
	})
	// ok: card-number-generic-go-query-params-write
	_ = db.ListHoldsParams{CardNo: in.CardNo}
	// ok: card-number-generic-go-query-params-write
	_ = CreateHoldParams{CardNo: maskPan(in.CardNo)}
}
