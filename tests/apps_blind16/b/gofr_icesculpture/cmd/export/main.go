package main

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"log"
	"os"

	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	rows, err := db.Query(`SELECT c.id, c.full_name, c.email, count(m.id) FROM clients c LEFT JOIN commissions m ON m.client_id = c.id GROUP BY c.id`)
	if err != nil {
		log.Fatal(err)
	}
	w := csv.NewWriter(os.Stdout)
	defer w.Flush()
	_ = w.Write([]string{"client_id", "commissions"})
	for rows.Next() {
		var id, n int64
		var name, email string
		_ = rows.Scan(&id, &name, &email, &n)
		_ = w.Write([]string{fmt.Sprint(id), fmt.Sprint(n)})
		if n == 0 {
			log.Printf("client without commissions: %s <%s>", name, email)
		}
	}
}
