package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

func main() {
	dsn := flag.String("dsn", os.Getenv("DATABASE_URL"), "postgres dsn")
	day := flag.String("date", "", "event date (YYYY-MM-DD)")
	flag.Parse()

	db := sqlx.MustConnect("postgres", *dsn)
	rows, err := db.Queryx(`SELECT h.id, h.castle_sku, h.delivery_slot, c.full_name, c.phone, c.postcode
		FROM hires h JOIN customers c ON c.id = h.customer_id WHERE h.event_date = $1`, *day)
	if err != nil {
		log.Fatalf("query: %v", err)
	}
	w := csv.NewWriter(os.Stdout)
	_ = w.Write([]string{"hire_id", "sku", "slot", "postcode_district"})
	n := 0
	for rows.Next() {
		var id int64
		var sku, slot, name, phone, postcode string
		if err := rows.Scan(&id, &sku, &slot, &name, &phone, &postcode); err != nil {
			log.Fatalf("scan: %v", err)
		}
		if len(postcode) < 3 {
			log.Printf("hire %d: odd postcode %q for %s (%s)", id, postcode, name, phone)
		}
		_ = w.Write([]string{fmt.Sprint(id), sku, slot, postcode[:min(len(postcode), 4)]})
		n++
	}
	w.Flush()
	log.Printf("exported %d hires for %s", n, *day)
}
