package clients

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"time"

	"github.com/nightjarcars/dispatch/internal/config"
	"github.com/nightjarcars/dispatch/internal/models"
)

// Partners talks to the dispatch network (driver tablets) and the depot taximeter box.
type Partners struct {
	cfg      config.Config
	dispatch *http.Client
	plain    *http.Client
}

func NewPartners(cfg config.Config) *Partners {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: cfg.DispatchInsecure} //nolint:gosec // partner private CA
	return &Partners{
		cfg:      cfg,
		dispatch: &http.Client{Timeout: 10 * time.Second, Transport: transport},
		plain:    &http.Client{Timeout: 5 * time.Second},
	}
}

type dispatchJob struct {
	TripID     uint      `json:"trip_id"`
	PickupAt   time.Time `json:"pickup_at"`
	Pickup     string    `json:"pickup"`
	Dropoff    string    `json:"dropoff"`
	Passenger  string    `json:"passenger"`
	CallbackNo string    `json:"callback_no"`
}

func (p *Partners) Dispatch(ctx context.Context, trip models.Trip, rider models.Rider) error {
	body, _ := json.Marshal(dispatchJob{trip.ID, trip.PickupAt, trip.PickupAddress, trip.DropoffAddress, rider.Name, rider.Phone})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.cfg.DispatchURL+"/jobs", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.dispatch.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// PushToMeter preloads the fare and passenger on the taximeter so the driver can confirm the name at pickup.
func (p *Partners) PushToMeter(trip models.Trip, rider models.Rider) error {
	payload, _ := json.Marshal(map[string]any{"trip": trip.ID, "passenger": rider.Name, "pickup": trip.PickupAddress, "fare": trip.FarePence})
	resp, err := p.plain.Post("http://"+p.cfg.MeterHost+"/preload", "application/json", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (p *Partners) MeterClock() (string, error) {
	resp, err := p.plain.Get("http://" + p.cfg.MeterHost + "/clock")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ Now string }
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Now, err
}
