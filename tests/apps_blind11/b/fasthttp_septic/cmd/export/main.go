package main

import (
	"encoding/csv"
	"fmt"
	"os"

	"github.com/upper/db/v4/adapter/postgresql"

	"github.com/sludgeline/tankroute/internal/store"
)

func main() {
	st, err := store.Open(postgresql.ConnectionURL{Host: os.Getenv("DB_HOST"), Database: "tankroute", User: "tankroute", Password: os.Getenv("DB_PASSWORD")})
	if err != nil {
		panic(err)
	}
	pending, _ := st.PendingCabPayments()
	f, _ := os.Create("cab-payments-" + os.Args[1] + ".csv")
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"id", "pump_out", "card", "exp", "amount"})
	for _, p := range pending {
		_ = w.Write([]string{fmt.Sprint(p.ID), fmt.Sprint(p.PumpOutID), p.PAN, p.Exp, fmt.Sprint(p.AmountCents)})
		fmt.Printf("exported cab payment %d card ****%s\n", p.ID, p.PAN[len(p.PAN)-4:])
	}
	w.Flush()
}
