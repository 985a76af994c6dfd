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
