// Command exportstays writes the open card guarantees for the keeper's office to a CSV,
// so phone bookings can still be charged if the gateway is unreachable.
package main

import (
	"context"
	"encoding/csv"
	"flag"
	"log"
	"os"
	"strconv"

	"github.com/jackc/pgx/v5"
)

func main() {
	out := flag.String("out", "open-guarantees.csv", "output file")
	flag.Parse()

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, os.Getenv("STAYS_DB_URL"))
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)

	rows, err := conn.Query(ctx, `SELECT stay_id, holder_name, card_number, card_expiry FROM stay_guarantees WHERE released_at IS NULL`)
	if err != nil {
		log.Fatalf("query: %v", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("create: %v", err)
	}
	w := csv.NewWriter(f)
	_ = w.Write([]string{"stay_id", "holder", "card_number", "expiry"})
	n := 0
	for rows.Next() {
		var id int64
		var holder, pan, exp string
		if err := rows.Scan(&id, &holder, &pan, &exp); err != nil {
			log.Fatalf("scan: %v", err)
		}
		_ = w.Write([]string{pgxInt(id), holder, pan, exp})
		n++
	}
	w.Flush()
	_ = f.Close()
	log.Printf("wrote %d open guarantees to %s", n, *out)
}

func pgxInt(i int64) string { return strconv.FormatInt(i, 10) }
