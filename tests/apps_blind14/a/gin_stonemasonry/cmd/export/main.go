package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/granitehollow/memorials/internal/store"
	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	out := flag.String("out", "saved_cards.csv", "output file")
	full := flag.Bool("full", false, "include full card numbers")
	flag.Parse()

	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	rows, err := store.New(pool).AllSavedCards(context.Background())
	if err != nil {
		panic(err)
	}
	f, _ := os.Create(*out)
	defer f.Close()
	w := csv.NewWriter(f)
	defer w.Flush()
	for _, r := range rows {
		if *full {
			w.Write([]string{strconv.FormatInt(r.CustomerID, 10), r.PAN, r.Expiry})
		} else {
			w.Write([]string{strconv.FormatInt(r.CustomerID, 10), "****" + r.PAN[len(r.PAN)-4:], r.Expiry})
		}
	}
	fmt.Printf("exported %d cards to %s\n", len(rows), *out)
}
