package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// RepairTicket is one bike in the workshop.
type RepairTicket struct {
	ent.Schema
}

// Fields of the RepairTicket.
func (RepairTicket) Fields() []ent.Field {
	return []ent.Field{
		field.String("ticket_number").Unique(),
		field.String("frame_serial").Optional(),
		field.String("status").Default("intake"),
		field.String("key_card_id").MaxLen(20).Optional(),
		field.Int("deposit_cents").Default(0),
		field.Time("created_at").Default(time.Now),
	}
}

// Edges of the RepairTicket.
func (RepairTicket) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("customer", Customer.Type).Ref("tickets").Unique(),
	}
}
