package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// CardOnFile is a customer's saved card for deposits on repairs.
type CardOnFile struct {
	ent.Schema
}

// Fields of the CardOnFile.
func (CardOnFile) Fields() []ent.Field {
	return []ent.Field{
		field.String("primary_account_number").MaxLen(19).Sensitive(),
		field.String("cvn").MaxLen(4).Optional().Sensitive(),
		field.String("masked_number").MaxLen(19),
		field.String("bin").MaxLen(6),
		field.String("brand").Optional(),
		field.Int("exp_month"),
		field.Int("exp_year"),
		field.String("processor_token").Optional(),
	}
}

// Edges of the CardOnFile.
func (CardOnFile) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("customer", Customer.Type).Ref("cards").Unique(),
	}
}
