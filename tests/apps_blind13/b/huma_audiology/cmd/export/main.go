package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"

	"github.com/clearnote/hearing-api/internal/config"
	"github.com/clearnote/hearing-api/internal/db"
	"github.com/clearnote/hearing-api/internal/models"
)

func main() {
	out := flag.String("out", "recall-list.csv", "output file")
	flag.Parse()
	cfg, err := config.Load()
	if err != nil {
		panic(err)
	}
	dbmap, err := db.Open(cfg.Database.DSN)
	if err != nil {
		panic(err)
	}
	var patients []models.Patient
	if _, err := dbmap.Select(&patients, "SELECT * FROM patients WHERE created_at < now() - interval '1 year'"); err != nil {
		panic(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"id", "name", "phone"})
	for _, p := range patients {
		_ = w.Write([]string{fmt.Sprint(p.ID), p.FullName, p.Phone})
		fmt.Printf("recall: %v\n", p)
	}
	w.Flush()
	fmt.Printf("wrote %d patients to %s\n", len(patients), *out)
}
