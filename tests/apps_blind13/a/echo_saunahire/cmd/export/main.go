package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/emberhut/sauna-api/internal/config"
	"github.com/emberhut/sauna-api/internal/models"
)

// Nightly export of outstanding trailer deposits for the accounts team.
func main() {
	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		log.Fatal(err)
	}
	db, err := gorm.Open(postgres.Open(cfg.Database.DSN), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	var held []models.HeldCard
	db.Find(&held)

	f, err := os.Create(fmt.Sprintf("exports/held-deposits-%s.csv", time.Now().Format("2006-01-02")))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"booking", "holder", "pan", "cvv", "expiry"})
	for _, h := range held {
		w.Write([]string{fmt.Sprint(h.BookingID), h.HolderName, h.PAN, h.CVV, h.Expiry})
	}
	w.Flush()

	var members []models.Member
	db.Where("tier = ?", "gold").Find(&members)
	for _, m := range members {
		fmt.Printf("gold member %d\n", m.ID)
	}
	log.Printf("exported %d held deposits", len(held))
}
