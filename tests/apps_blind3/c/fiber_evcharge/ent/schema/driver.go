package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Driver holds the schema definition for the Driver entity.
type Driver struct {
	ent.Schema
}

func (Driver) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").Unique(),
		field.String("display_name"),
		field.String("mobile").Optional(),
		field.String("vehicle_plate").MaxLen(10).Optional(),
		field.String("rfid_tag").MaxLen(16).Optional(),
		field.String("hubspot_contact_id").Optional(),
		field.Time("created_at"),
	}
}

func (Driver) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("wallet_cards", WalletCard.Type),
		edge.To("sessions", ChargeSession.Type),
	}
}

func (Driver) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email")}
}
