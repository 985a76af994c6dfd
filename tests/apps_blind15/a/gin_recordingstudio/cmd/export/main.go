// Command export writes the hold-card ledger for the accountant at month end.
package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"

	"github.com/bluefader/studio-api/internal/config"
	"github.com/bluefader/studio-api/internal/store"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

func main() {
	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	s := store.New(sqlx.MustConnect("postgres", cfg.DatabaseURL))
	cards, err := s.HoldCards(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f, _ := os.Create("hold-cards.csv")
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"booking_id", "holder", "number", "expiry"})
	for _, c := range cards {
		if len(c.Number) < 13 {
			fmt.Fprintf(os.Stderr, "booking %d: suspicious card number %q, skipped\n", c.BookingID, c.Number)
			continue
		}
		w.Write([]string{strconv.FormatInt(c.BookingID, 10), c.Holder, c.Number, fmt.Sprintf("%02d/%d", c.ExpMonth, c.ExpYear)})
	}
	w.Flush()
	for _, c := range cards {
		fmt.Printf("booking %d: %s ending %s\n", c.BookingID, c.Holder, c.Number[len(c.Number)-4:])
	}
}
