package clients

import (
	"context"
	"crypto/tls"
	"time"

	"github.com/go-kratos/kratos/v2/middleware/recovery"
	khttp "github.com/go-kratos/kratos/v2/transport/http"

	"github.com/coinmere/vending/internal/conf"
)

type Set struct {
	Quayline   *khttp.Client
	Larder     *khttp.Client
	Telemetry  *khttp.Client
	ChartMogul *khttp.Client
	Plausible  *khttp.Client
}

func newClient(ctx context.Context, ep *conf.Endpoint) (*khttp.Client, error) {
	return khttp.NewClient(ctx,
		khttp.WithEndpoint(ep.GetEndpoint()),
		khttp.WithTimeout(8*time.Second),
		khttp.WithMiddleware(recovery.Recovery()),
		khttp.WithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: ep.GetInsecureSkipVerify()}),
	)
}

func New(ctx context.Context, c *conf.Integrations) (*Set, error) {
	var s Set
	var err error
	if s.Quayline, err = newClient(ctx, c.GetQuayline()); err != nil {
		return nil, err
	}
	if s.Larder, err = newClient(ctx, c.GetLarder()); err != nil {
		return nil, err
	}
	if s.Telemetry, err = khttp.NewClient(ctx, khttp.WithEndpoint(c.GetTelemetry().GetEndpoint()), khttp.WithTimeout(3*time.Second)); err != nil {
		return nil, err
	}
	if s.ChartMogul, err = newClient(ctx, c.GetChartmogul()); err != nil {
		return nil, err
	}
	if s.Plausible, err = newClient(ctx, c.GetPlausible()); err != nil {
		return nil, err
	}
	return &s, nil
}
