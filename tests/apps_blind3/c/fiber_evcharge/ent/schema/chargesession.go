package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// ChargeSession is one plug-in at a charger.
type ChargeSession struct {
	ent.Schema
}

func (ChargeSession) Fields() []ent.Field {
	return []ent.Field{
		field.String("charger_id"),
		field.Float("kwh"),
		field.Int("amount_cents"),
		field.String("psp_reference").Optional(),
		field.String("masked_pan").MaxLen(19).Optional(),
		field.Time("started_at"),
		field.Time("ended_at").Optional(),
	}
}

func (ChargeSession) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("driver", Driver.Type).Ref("sessions").Unique(),
	}
}
