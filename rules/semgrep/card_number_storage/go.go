package models

type Payment struct {
	gorm.Model
	// ruleid: card-number-orm-struct-field
	CardNumber string
	// ok: card-number-orm-struct-field
	CardLast4 string
}

type Card struct {
	ID uint
	// ruleid: card-number-orm-struct-field
	PAN string `gorm:"column:pan;size:19"`
	// ok: card-number-orm-struct-field
	CCNumber string `gorm:"size:4"`
	// ruleid: card-number-orm-struct-field
	CcNum string `db:"cc_num"`
}

type ChargeRequest struct {
	// ok: card-number-orm-struct-field
	CardNumber string `json:"card_number"`
}

func cachePending(ctx context.Context, rdb *redis.Client, h *Handler, req LinkRequest) {
	// ruleid: card-number-cache-write-go
	h.Cache.Set(ctx, "pending-card:"+req.SessionID, req.CardNo, 15*time.Minute)
	// ok: card-number-cache-write-go
	rdb.Set(ctx, "pending-card:"+req.SessionID, req.CardToken, 0)
	// ok: card-number-cache-write-go
	rdb.Set(ctx, "pending-card:"+req.SessionID, maskPAN(req.CardNo), 0)
}

func rememberLastCard(ctx context.Context, rdb *redis.Client, email, cardNumber string, expMonth int) error {
	return rdb.HSet(ctx, "kiosk:lastcard:"+email,
		"exp", expMonth,
		// ruleid: card-number-cache-write-go
		"card", cardNumber,
	).Err()
}

func spoolCapture(c Capture) error {
	pan := c.CardNumber
	f, err := os.OpenFile("/var/spool/captures.csv", os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	// ruleid: card-number-cache-write-go
	fmt.Fprintf(f, "%s,%d\n", pan, c.Amount)
	// ruleid: card-number-cache-write-go
	fmt.Fprintf(f, "%d,%s,%s\n", c.ID, c.Plan, c.CcNum)
	// ok: card-number-cache-write-go
	fmt.Fprintf(f, "%d,%s,%s\n", c.ID, c.Plan, c.CardLast4)
	// ok: card-number-cache-write-go
	_, err = f.WriteString(pan[len(pan)-4:] + "\n")
	w := csv.NewWriter(f)
	// ok: card-number-cache-write-go
	w.Write([]string{"id", "pan", "amount"})
	// ruleid: card-number-cache-write-go
	return os.WriteFile("/var/spool/last.txt", []byte(pan), 0o600)
}

// PaymentCard is a card kept on file.
type PaymentCard struct {
	ID         uint   `gorm:"primaryKey"`
	// ruleid: card-number-orm-struct-field-card-context, card-number-orm-struct-field
	AcctNumber string `gorm:"column:acct_number;size:19"`
	// ok: card-number-orm-struct-field-card-context
	Last4      string `gorm:"size:4"`
}

// KeyCard opens the doors.
type KeyCard struct {
	gorm.Model
	// ok: card-number-orm-struct-field
	CardNumber string `gorm:"size:20;uniqueIndex"`
}

// Invoice is not a card: its Number is an invoice number.
type Invoice struct {
	// ok: card-number-orm-struct-field-card-context
	Number string `gorm:"size:32"`
}

func (WalletCard) Fields() []ent.Field {
	return []ent.Field{
		// ruleid: card-number-ent-schema-field
		field.String("card_number").MaxLen(19).Sensitive(),
		// ok: card-number-ent-schema-field
		field.String("last4").MaxLen(4),
	}
}

// A form struct whose fields the ORM is told to skip (pg:"-", db:"-") is never a column.
type DepositCardForm struct {
	// ok: card-number-orm-struct-field
	CardNumber string `json:"card_number" pg:"-"`
	// ok: card-number-orm-struct-field-card-context
	Number string `json:"number" db:"-"`
	// ruleid: card-number-orm-struct-field
	BackupCardNumber string `json:"backup_card_number" pg:"backup_card_number"`
}
