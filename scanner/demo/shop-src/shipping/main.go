// Command shipping prints delivery labels for paid Demo Shop orders.
package main

import (
	"log"
	"os"
)

type Order struct {
	ID           int64
	CustomerName string
	Email        string
	Address      string
}

func printLabel(o Order) error {
	log.Printf("printing label for %s, %s", o.CustomerName, o.Address)
	f, err := os.CreateTemp("", "label-*.txt")
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteString(o.CustomerName + "\n" + o.Address + "\n"); err != nil {
		return err
	}
	log.Printf("label printed for order %d", o.ID)
	return nil
}

func main() {
	if err := printLabel(Order{ID: 1, CustomerName: "Ada Example", Address: "1 Example Street"}); err != nil {
		log.Fatal(err)
	}
}
