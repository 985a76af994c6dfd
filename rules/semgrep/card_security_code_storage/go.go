package models

type Card struct {
	gorm.Model
	// ruleid: card-security-code-orm-struct-field
	CVV string `gorm:"size:4"`
	// ok: card-security-code-orm-struct-field
	CVVResult string
}

type ChargeRequest struct {
	// ok: card-security-code-orm-struct-field
	CVC string `json:"cvc"`
}

type SavedCard struct {
	gorm.Model
	// ok: card-security-code-orm-struct-field
	CVC string `gorm:"-" json:"cvc,omitempty"`
}

type CardVerification struct {
	ID uint `gorm:"primaryKey"`
	// ruleid: card-security-code-orm-struct-field-card-context, card-security-code-orm-struct-field
	SecurityCode string `gorm:"size:4"`
	// ok: card-security-code-orm-struct-field-card-context
	AVSResult string `gorm:"size:2"`
}

type LoginChallenge struct {
	ID uint `gorm:"primaryKey"`
	// card-security-code-orm-struct-field matches here and the record gate (scanner/code/records.py) drops it
	// ruleid: card-security-code-orm-struct-field
	SecurityCode string `gorm:"size:6"`
}

func pending(ctx context.Context, rdb *redis.Client, req LinkRequest) {
	// ruleid: card-security-code-cache-write-go
	rdb.Set(ctx, "pending-cvc:"+req.SessionID, req.Cvc, 15*time.Minute)
	// ok: card-security-code-cache-write-go
	rdb.Set(ctx, "pending-card:"+req.SessionID, req.CardToken, 0)
}

func exportHolds(holds []Hold, out io.Writer) error {
	w := csv.NewWriter(out)
	// ok: card-security-code-cache-write-go
	_ = w.Write([]string{"id", "cvc"})
	for _, h := range holds {
		cvc := h.Card.CVC
		// ruleid: card-security-code-cache-write-go
		if err := w.Write([]string{h.ID, cvc}); err != nil {
			return err
		}
		// ok: card-security-code-cache-write-go
		_ = w.Write([]string{h.ID, h.Status})
	}
	return nil
}

func (WalletCard) Fields() []ent.Field {
	return []ent.Field{
		// ruleid: card-security-code-ent-schema-field
		field.String("cvc").MaxLen(4).Optional(),
		// ok: card-security-code-ent-schema-field
		field.String("brand"),
	}
}
