package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"log"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/reefwright/servicedesk/internal/config"
	"github.com/reefwright/servicedesk/internal/model"
)

func main() {
	out := flag.String("out", "plan-payments.csv", "output file")
	full := flag.Bool("full", false, "include full card numbers for the acquirer dispute pack")
	flag.Parse()

	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		log.Fatal(err)
	}
	db, err := gorm.Open(postgres.Open(cfg.Database.DSN), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	defer w.Flush()
	_ = w.Write([]string{"id", "customer", "amount", "status", "card"})

	var rows []model.PlanPayment
	db.Where("status = ?", "declined").Find(&rows)
	for _, p := range rows {
		card := "****" + last4(p.CardNumber)
		if *full {
			card = p.CardNumber
		}
		_ = w.Write([]string{fmt.Sprint(p.ID), fmt.Sprint(p.CustomerID), fmt.Sprint(p.AmountCents), p.Status, card})
	}
	log.Printf("exported %d declined payments to %s", len(rows), *out)
}

func last4(s string) string {
	if len(s) < 4 {
		return s
	}
	return s[len(s)-4:]
}
