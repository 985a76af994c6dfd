package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"strconv"
	"strings"

	khttp "github.com/go-kratos/kratos/v2/transport/http"

	"github.com/coinmere/vending/internal/conf"
	"github.com/coinmere/vending/internal/data/models"
)

type Vendors struct {
	chartmogul *khttp.Client
	plausible  *khttp.Client
	cfg        *conf.Integrations
}

func NewVendors(cm, pl *khttp.Client, cfg *conf.Integrations) *Vendors {
	return &Vendors{chartmogul: cm, plausible: pl, cfg: cfg}
}

type cmCustomer struct {
	DataSourceUUID string `json:"data_source_uuid"`
	ExternalID     string `json:"external_id"`
	Name           string `json:"name"`
	Email          string `json:"email"`
	City           string `json:"city,omitempty"`
	Attributes     struct {
		Custom []map[string]string `json:"custom"`
	} `json:"attributes"`
}

func withBasicAuth(key string) khttp.CallOption {
	return khttp.Header(&http.Header{"Authorization": []string{"Basic " + key}})
}

// SyncClientToChartMogul creates the customer record used for MRR reporting.
func (v *Vendors) SyncClientToChartMogul(ctx context.Context, c *models.Client) error {
	body := cmCustomer{
		DataSourceUUID: v.cfg.GetChartmogul().GetDataSource(),
		ExternalID:     strconv.FormatInt(c.ID, 10),
		Name:           c.Company,
		Email:          c.ContactEmail,
	}
	body.Attributes.Custom = []map[string]string{
		{"type": "String", "key": "contact_name", "value": c.ContactName},
		{"type": "String", "key": "contact_phone", "value": c.ContactPhone.String},
		{"type": "String", "key": "plan", "value": c.Plan},
	}
	var out map[string]any
	return v.chartmogul.Invoke(ctx, http.MethodPost, "/v1/customers", body, &out, withBasicAuth(os.Getenv("CHARTMOGUL_KEY")))
}

type plausibleEvent struct {
	Name   string            `json:"name"`
	URL    string            `json:"url"`
	Domain string            `json:"domain"`
	Props  map[string]string `json:"props,omitempty"`
}

func (v *Vendors) PlanSignup(ctx context.Context, c *models.Client) error {
	ev := plausibleEvent{Name: "plan_signup", URL: "app://coinmere/clients", Domain: v.cfg.GetPlausible().GetDomain(),
		Props: map[string]string{"plan": c.Plan, "contact": c.ContactEmail, "phone": c.ContactPhone.String}}
	return v.plausible.Invoke(ctx, http.MethodPost, "/api/event", ev, nil)
}

func (v *Vendors) CardAdded(ctx context.Context, c *models.Client) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(c.ContactEmail))))
	ev := plausibleEvent{Name: "card_added", URL: "app://coinmere/cards", Domain: v.cfg.GetPlausible().GetDomain(),
		Props: map[string]string{"plan": c.Plan, "client": hex.EncodeToString(sum[:])}}
	return v.plausible.Invoke(ctx, http.MethodPost, "/api/event", ev, nil)
}
