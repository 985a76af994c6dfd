package main

import (
	"flag"
	"fmt"

	"github.com/bouncebarn/jumppark/internal/config"
	"github.com/bouncebarn/jumppark/internal/handler"
	"github.com/bouncebarn/jumppark/internal/mq"
	"github.com/bouncebarn/jumppark/internal/svc"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/rest"
	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
)

var configFile = flag.String("f", "etc/jump-api.yaml", "the config file")

func main() {
	flag.Parse()

	var c config.Config
	conf.MustLoad(*configFile, &c, conf.UseEnv())

	tracer.Start(tracer.WithService("jump-api"), tracer.WithEnv("prod"))
	defer tracer.Stop()

	server := rest.MustNewServer(c.RestConf)
	defer server.Stop()

	ctx := svc.NewServiceContext(c)
	handler.RegisterHandlers(server, ctx)

	go mq.NewCaptureConsumer(c.CaptureDq, ctx).Start()

	logx.Infof("Starting server at %s:%d", c.Host, c.Port)
	fmt.Printf("Starting server at %s:%d...\n", c.Host, c.Port)
	server.Start()
}
