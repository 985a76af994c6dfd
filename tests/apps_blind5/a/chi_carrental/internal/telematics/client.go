// Package telematics talks to the in-car boxes' cloud: unlock, mileage, and driver hand-over.
package telematics

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

type Client struct {
	base string
	http *http.Client
	log  zerolog.Logger
}

func New(base string, insecure bool, log zerolog.Logger) *Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	if insecure {
		transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return &Client{base: base, http: &http.Client{Transport: transport, Timeout: 8 * time.Second}, log: log}
}

type Handover struct {
	VIN           string `json:"vin"`
	DriverName    string `json:"driver_name"`
	DriverPhone   string `json:"driver_phone"`
	LicenseNumber string `json:"license_number"`
	ValidUntil    string `json:"valid_until"`
}

// AssignDriver tells the box which driver may unlock it, so the roadside line can call them.
func (c *Client) AssignDriver(h Handover) error {
	buf, _ := json.Marshal(h)
	resp, err := c.http.Post(c.base+"/api/v1/handovers", "application/json", bytes.NewReader(buf))
	if err != nil {
		c.log.Error().Err(err).Str("vin", h.VIN).Msg("handover failed")
		return err
	}
	defer resp.Body.Close()
	c.log.Info().Str("vin", h.VIN).Int("status", resp.StatusCode).Msg("handover sent")
	return nil
}

func (c *Client) Unlock(vin string) error {
	resp, err := c.http.Post(fmt.Sprintf("%s/api/v1/vehicles/%s/unlock", c.base, vin), "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	c.log.Debug().Str("vin", vin).Int("status", resp.StatusCode).Msg("unlock")
	return nil
}

// Mileage is read from the legacy depot gateway, which only speaks plain HTTP on the depot LAN.
func (c *Client) Mileage(plate string) (int, error) {
	resp, err := c.http.Get("http://depot-gw.fleet.lan:8081/odometer?plate=" + plate)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var body struct {
		Km int `json:"km"`
	}
	err = json.NewDecoder(resp.Body).Decode(&body)
	return body.Km, err
}
