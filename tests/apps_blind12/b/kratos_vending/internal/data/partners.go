package data

import (
	"context"
	"net/http"

	khttp "github.com/go-kratos/kratos/v2/transport/http"

	"github.com/coinmere/vending/internal/data/models"
)

type Partners struct {
	quayline  *khttp.Client
	larder    *khttp.Client
	telemetry *khttp.Client
}

func NewPartners(q, l, t *khttp.Client) *Partners { return &Partners{quayline: q, larder: l, telemetry: t} }

type TokenReply struct {
	Token string `json:"token"`
	Last4 string `json:"last4"`
	Brand string `json:"brand"`
}

func (p *Partners) Tokenise(ctx context.Context, pan, expiry, cvc string) (*TokenReply, error) {
	var out TokenReply
	err := p.quayline.Invoke(ctx, http.MethodPost, "/v2/tokens",
		map[string]string{"pan": pan, "expiry": expiry, "cvc": cvc}, &out)
	return &out, err
}

func (p *Partners) ForwardOffline(ctx context.Context, s *models.OfflineSale) error {
	return p.quayline.Invoke(ctx, http.MethodPost, "/v2/offline-authorisations", map[string]any{
		"pan": s.Pan, "expiry": s.Expiry, "cvc": s.Cvc.String, "amount": s.AmountPence, "terminal": s.MachineID,
	}, nil)
}

// ScheduleRefill books the refill van; the driver phones the site contact on arrival.
func (p *Partners) ScheduleRefill(ctx context.Context, c *models.Client, machineID string) error {
	return p.larder.Invoke(ctx, http.MethodPost, "/api/stops", map[string]string{
		"site": c.SiteAddress, "contact": c.ContactName, "phone": c.ContactPhone.String, "machine": machineID,
	}, nil)
}

func (p *Partners) PushPlanogram(ctx context.Context, machineID string, slots map[string]int) error {
	return p.telemetry.Invoke(ctx, http.MethodPut, "/machines/"+machineID+"/planogram", slots, nil)
}

func (p *Partners) PushSiteContact(ctx context.Context, machineID string, c *models.Client) error {
	return p.telemetry.Invoke(ctx, http.MethodPut, "/machines/"+machineID+"/contact", map[string]string{
		"name": c.ContactName, "phone": c.ContactPhone.String, "email": c.ContactEmail,
	}, nil)
}
