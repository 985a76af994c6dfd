package schema

type Hold struct {
	// ruleid: card-security-code-generic-go-mapped-struct-field
	Cvv string `pg:"cvv"`
	// ok: card-security-code-generic-go-mapped-struct-field
	CvvResult string `json:"cvv_result"`
}

func (Hold) Fields() []ent.Field {
	return []ent.Field{
		// ruleid: card-security-code-generic-go-schema-builder-column
		field.String("card_cvc"),
	}
}

func holdCharge(q *Queries, in ChargeInput) {
	q.InsertHoldParams(ctx, db.InsertHoldParams{
		BookingID: in.BookingID,
		// ruleid: card-security-code-generic-go-query-params-write
		Cvc2: pgtype.Text{String: in.Cvc2, Valid: true},
		// ok: card-security-code-generic-go-query-params-write
		CvcChecked: in.CvcChecked,
	})
}
