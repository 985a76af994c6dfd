// exportanglers writes the season's anglers to CSV for the harbour master's safety register.
package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"github.com/saltline/charters/internal/store"
)

func main() {
	dsn := flag.String("dsn", os.Getenv("DATABASE_URL"), "postgres dsn")
	out := flag.String("out", "anglers.csv", "output file")
	flag.Parse()

	st := store.New(sqlx.MustConnect("postgres", *dsn))
	anglers, err := st.AllAnglers(context.Background())
	if err != nil {
		log.Fatalf("query: %v", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("create: %v", err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"id", "full_name", "phone", "licence_no"})
	for _, a := range anglers {
		if a.LicenceNo == nil {
			log.Printf("no licence on file for %s (%s, born %s)", a.FullName, a.Phone, a.DateOfBirth.Format("2006-01-02"))
			continue
		}
		_ = w.Write([]string{strconv.FormatInt(a.ID, 10), a.FullName, a.Phone, *a.LicenceNo})
	}
	w.Flush()
	fmt.Printf("exported %d anglers to %s\n", len(anglers), *out)
}
