// Command migrations applies the go-pg migrations in this directory:
//
//	go run ./migrations init && go run ./migrations up
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/go-pg/migrations/v8"
	"github.com/go-pg/pg/v10"
)

func main() {
	flag.Parse()
	opt, err := pg.ParseURL(os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	db := pg.Connect(opt)
	oldVersion, newVersion, err := migrations.Run(db, flag.Args()...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("migrated from version %d to %d\n", oldVersion, newVersion)
}
