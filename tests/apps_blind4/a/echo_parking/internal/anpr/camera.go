// Package anpr steers the licence-plate cameras at garage entrances (pan/tilt/zoom over the camera LAN).
package anpr

import (
	"fmt"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

type Preset struct {
	Name string
	Pan  float64
	Tilt float64
	Zoom float64
}

type Camera struct {
	BaseURL string
	Log     zerolog.Logger
	client  http.Client
}

func (c *Camera) GoTo(p Preset) error {
	c.client.Timeout = 3 * time.Second
	url := fmt.Sprintf("%s?pan=%.1f&tilt=%.1f&zoom=%.1f", c.BaseURL, p.Pan, p.Tilt, p.Zoom)
	resp, err := c.client.Get(url)
	if err != nil {
		return err
	}
	resp.Body.Close()
	c.Log.Debug().Str("preset", p.Name).Float64("pan", p.Pan).Float64("tilt", p.Tilt).Msg("camera moved")
	return nil
}
