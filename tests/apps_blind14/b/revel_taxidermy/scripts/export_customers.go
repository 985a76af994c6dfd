package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"os"

	"github.com/upper/db/v4/adapter/postgresql"
)

type row struct {
	ID       int64  `db:"id"`
	FullName string `db:"full_name"`
	Email    string `db:"email"`
	Phone    string `db:"phone"`
}

func main() {
	url, _ := postgresql.ParseURL(os.Getenv("DATABASE_URL"))
	sess, err := postgresql.Open(url)
	if err != nil {
		log.Fatal(err)
	}
	defer sess.Close()
	var rows []row
	if err := sess.Collection("customers").Find().All(&rows); err != nil {
		log.Fatal(err)
	}
	w := csv.NewWriter(os.Stdout)
	for _, r := range rows {
		_ = w.Write([]string{fmt.Sprint(r.ID), r.FullName, r.Email, r.Phone})
	}
	w.Flush()
	log.Printf("exported %d customers", len(rows))
}
