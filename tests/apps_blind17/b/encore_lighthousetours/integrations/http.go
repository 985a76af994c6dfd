package integrations

import (
	"crypto/tls"
	"os"

	"gopkg.in/h2non/gentleman.v2"
	"gopkg.in/h2non/gentleman.v2/plugins/headers"
	"gopkg.in/h2non/gentleman.v2/plugins/timeout"
	gtls "gopkg.in/h2non/gentleman.v2/plugins/tls"
)

func newClient(u Upstream) *gentleman.Client {
	cli := gentleman.New()
	cli.URL(u.BaseURL())
	cli.Use(timeout.Request(8e9))
	cli.Use(headers.Set("Accept", "application/json"))
	cli.Use(gtls.Config(&tls.Config{InsecureSkipVerify: u.SkipVerify(), MinVersion: tls.VersionTLS12}))
	return cli
}

var (
	gatewayClient     = newClient(cfg.Gateway).Use(headers.Set("Authorization", "Bearer "+os.Getenv("LANTERNPAY_KEY")))
	boatmanClient     = newClient(cfg.Boatman)
	fullContactClient = newClient(cfg.FullContact).Use(headers.Set("Authorization", "Bearer "+os.Getenv("FULLCONTACT_KEY")))
	pdlClient         = newClient(cfg.PDL).Use(headers.Set("X-Api-Key", os.Getenv("PDL_KEY")))
)
