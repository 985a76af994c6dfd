package partner

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/bluefader/studio-api/internal/model"
)

// Halcyon Mastering receives the session sheet so they can contact the artist directly.
type Halcyon struct {
	client  *http.Client
	baseURL string
}

func NewHalcyon(c *http.Client, baseURL string) *Halcyon { return &Halcyon{client: c, baseURL: baseURL} }

func (h *Halcyon) SendSessionSheet(ctx context.Context, a model.Artist, b model.SessionBooking) error {
	sheet := map[string]any{
		"artist":   a.StageName,
		"contact":  a.LegalName,
		"email":    a.Email,
		"phone":    a.Phone,
		"session":  b.StartsAt,
		"engineer": b.Engineer,
	}
	buf, _ := json.Marshal(sheet)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, h.baseURL+"/intake/sessions", bytes.NewReader(buf))
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ShowOnRack puts the room name and stage name on the machine-room display.
func ShowOnRack(ctx context.Context, c *http.Client, baseURL, room, stageName string) {
	buf, _ := json.Marshal(map[string]string{"room": room, "artist": stageName})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPut, baseURL+"/now-playing", bytes.NewReader(buf))
	if resp, err := c.Do(req); err == nil {
		resp.Body.Close()
	}
}
