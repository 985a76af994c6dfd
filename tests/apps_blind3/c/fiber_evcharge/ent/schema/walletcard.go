package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// WalletCard is a payment card attached to a driver's wallet for auto top-up.
type WalletCard struct {
	ent.Schema
}

func (WalletCard) Fields() []ent.Field {
	return []ent.Field{
		field.String("holder_name"),
		field.String("card_number").
			MinLen(12).
			MaxLen(19).
			Sensitive(),
		field.String("cvc").
			MaxLen(4).
			Sensitive().
			Optional(),
		field.String("last4").MaxLen(4),
		field.String("psp_token").MaxLen(64).Optional(),
		field.Int("exp_month"),
		field.Int("exp_year"),
	}
}

func (WalletCard) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("driver", Driver.Type).Ref("wallet_cards").Unique(),
	}
}
