// Command export dumps the site-visit card spool for the bookkeeper's reconciliation.
package main

import (
	"encoding/csv"
	"fmt"
	"os"

	"github.com/canopyworks/treehouse/internal/db"
	"github.com/canopyworks/treehouse/internal/logging"
)

func main() {
	conn, err := db.Open(os.Getenv("DATABASE_DSN"))
	if err != nil {
		panic(err)
	}
	var rows []struct {
		BuildID    int64  `db:"build_id"`
		CardNumber string `db:"card_number"`
		Surveyor   string `db:"surveyor"`
	}
	if _, err := conn.NewSession(nil).Select("build_id", "card_number", "surveyor").From("site_visit_payments").Load(&rows); err != nil {
		panic(err)
	}
	f, _ := os.Create("site-visit-cards.csv")
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"build_id", "card", "surveyor"})
	for _, r := range rows {
		_ = w.Write([]string{fmt.Sprint(r.BuildID), logging.Mask(r.CardNumber), r.Surveyor})
	}
	w.Flush()
	fmt.Printf("exported %d site-visit payments\n", len(rows))
}
