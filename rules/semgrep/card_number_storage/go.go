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

func spoolCapture(c Capture) error {
	pan := c.CardNumber
	f, err := os.OpenFile("/var/spool/captures.csv", os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	// ruleid: card-number-cache-write-go
	fmt.Fprintf(f, "%s,%d\n", pan, c.Amount)
	// ok: card-number-cache-write-go
	_, err = f.WriteString(pan[len(pan)-4:] + "\n")
	// ruleid: card-number-cache-write-go
	return os.WriteFile("/var/spool/last.txt", []byte(pan), 0o600)
}
