package vendors

import (
	"context"
	"fmt"
	"os"

	"github.com/clearnote/hearing-api/internal/httpx"
	"github.com/clearnote/hearing-api/internal/models"
)

func (c *Clients) CreateSupportCustomer(ctx context.Context, p models.Patient) error {
	body := map[string]any{
		"firstName":  p.FullName,
		"emails":     []map[string]string{{"type": "home", "value": p.Email}},
		"phones":     []map[string]string{{"type": "mobile", "value": p.Phone}},
		"background": fmt.Sprintf("NHS %s, DOB %s", p.NHSNumber, p.DateOfBirth.Format("02/01/2006")),
	}
	resp, err := httpx.PostJSON(ctx, c.vendor, c.cfg.HelpScout.BaseURL+"/customers",
		map[string]string{"Authorization": "Bearer " + os.Getenv("HELPSCOUT_TOKEN")}, body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Clients) NoteRepairTicket(ctx context.Context, conversationID int64, deviceSerial string) error {
	body := map[string]any{"text": "Repair booked for device " + deviceSerial}
	url := fmt.Sprintf("%s/conversations/%d/notes", c.cfg.HelpScout.BaseURL, conversationID)
	resp, err := httpx.PostJSON(ctx, c.vendor, url,
		map[string]string{"Authorization": "Bearer " + os.Getenv("HELPSCOUT_TOKEN")}, body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
