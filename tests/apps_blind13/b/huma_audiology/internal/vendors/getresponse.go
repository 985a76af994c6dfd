package vendors

import (
	"context"
	"os"

	"github.com/clearnote/hearing-api/internal/httpx"
	"github.com/clearnote/hearing-api/internal/models"
)

type grContact struct {
	Name              string            `json:"name"`
	Email             string            `json:"email"`
	Campaign          map[string]string `json:"campaign"`
	CustomFieldValues []grCustomField   `json:"customFieldValues,omitempty"`
}

type grCustomField struct {
	CustomFieldID string   `json:"customFieldId"`
	Value         []string `json:"value"`
}

func (c *Clients) SubscribeAftercare(ctx context.Context, p models.Patient) error {
	contact := grContact{
		Name:     p.FullName,
		Email:    p.Email,
		Campaign: map[string]string{"campaignId": c.cfg.GetResponse.CampaignID},
	}
	contact.CustomFieldValues = append(contact.CustomFieldValues,
		grCustomField{CustomFieldID: "pQx7a", Value: []string{p.DateOfBirth.Format("2006-01-02")}},
		grCustomField{CustomFieldID: "pQx7b", Value: []string{p.Phone}},
	)
	resp, err := httpx.PostJSON(ctx, c.vendor, c.cfg.GetResponse.BaseURL+"/contacts",
		map[string]string{"X-Auth-Token": "api-key " + os.Getenv("GETRESPONSE_KEY")}, contact)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
