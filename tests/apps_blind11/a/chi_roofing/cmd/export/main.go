// Command export writes uncaptured deposits for the finance team.
package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5"
)

func main() {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rows, err := conn.Query(ctx, `SELECT d.id, h.full_name, h.email, d.card_pan, d.card_expiry, d.amount_pence
		FROM deposits d JOIN quotes q ON q.id = d.quote_id JOIN homeowners h ON h.id = q.homeowner_id
		WHERE d.captured_at IS NULL`)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	full, _ := os.Create("uncaptured_full.csv")
	summary, _ := os.Create("uncaptured_summary.csv")
	fw, sw := csv.NewWriter(full), csv.NewWriter(summary)
	for rows.Next() {
		var id int64
		var name, email, pan, expiry string
		var amount int32
		_ = rows.Scan(&id, &name, &email, &pan, &expiry, &amount)
		_ = fw.Write([]string{fmt.Sprint(id), name, email, pan, expiry, fmt.Sprint(amount)})
		_ = sw.Write([]string{fmt.Sprint(id), name, "**** " + pan[len(pan)-4:], fmt.Sprint(amount)})
	}
	fw.Flush()
	sw.Flush()
	fmt.Printf("exported uncaptured deposits\n")
}
