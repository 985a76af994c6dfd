package main

import (
	"context"
	"database/sql"
	"flag"
	"os"

	"github.com/go-kratos/kratos/v2"
	"github.com/go-kratos/kratos/v2/config"
	"github.com/go-kratos/kratos/v2/config/file"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	_ "github.com/lib/pq"

	"github.com/coinmere/vending/internal/conf"
	"github.com/coinmere/vending/internal/data"
	"github.com/coinmere/vending/internal/data/clients"
	"github.com/coinmere/vending/internal/jobs"
	"github.com/coinmere/vending/internal/server"
	"github.com/coinmere/vending/internal/service"
)

var flagconf string

func init() {
	flag.StringVar(&flagconf, "conf", "../../configs", "config path, eg: -conf config.yaml")
}

func main() {
	flag.Parse()
	logger := log.With(log.NewStdLogger(os.Stdout),
		"ts", log.DefaultTimestamp,
		"caller", log.DefaultCaller,
		"service.name", "coinmere-vending",
		"trace.id", tracing.TraceID(),
	)
	c := config.New(config.WithSource(file.NewSource(flagconf)))
	defer c.Close()
	if err := c.Load(); err != nil {
		panic(err)
	}
	var bc conf.Bootstrap
	if err := c.Scan(&bc); err != nil {
		panic(err)
	}
	db, err := sql.Open(bc.Data.Database.Driver, bc.Data.Database.Source)
	if err != nil {
		panic(err)
	}
	cs, err := clients.New(context.Background(), bc.Integrations)
	if err != nil {
		panic(err)
	}
	partners := data.NewPartners(cs.Quayline, cs.Larder, cs.Telemetry)
	vendors := data.NewVendors(cs.ChartMogul, cs.Plausible, bc.Integrations)
	queue, err := jobs.NewServer(bc.Data)
	if err != nil {
		panic(err)
	}
	if err := jobs.Register(queue, db, partners, logger); err != nil {
		panic(err)
	}
	svc := service.NewVendingService(db, partners, vendors, queue, logger)
	app := kratos.New(kratos.Name("coinmere-vending"), kratos.Logger(logger),
		kratos.Server(server.NewHTTPServer(bc.Server, svc, logger)))
	go func() { _ = queue.NewWorker("coinmere-worker", 4).Launch() }()
	if err := app.Run(); err != nil {
		panic(err)
	}
}
