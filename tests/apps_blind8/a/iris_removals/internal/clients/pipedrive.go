package clients

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/harbourvans/removals/internal/models"
)

type Pipedrive struct {
	Domain string
	Token  string
}

func (p Pipedrive) endpoint(path string) string {
	return fmt.Sprintf("https://%s.pipedrive.com/api/v1%s?api_token=%s", p.Domain, path, p.Token)
}

// UpsertPerson creates the contact behind a quote so sales can chase it.
func (p Pipedrive) UpsertPerson(c *models.Customer) error {
	body, _ := json.Marshal(map[string]any{
		"name":  c.FirstName + " " + c.LastName,
		"email": []map[string]any{{"value": c.Email, "primary": true}},
		"phone": []map[string]any{{"value": c.Phone, "primary": true}},
	})
	resp, err := http.Post(p.endpoint("/persons"), "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// AddDealNote records the move size only.
func (p Pipedrive) AddDealNote(dealID int64, j *models.RemovalJob) error {
	body, _ := json.Marshal(map[string]any{
		"deal_id": dealID,
		"content": fmt.Sprintf("Job %d: %d rooms, %.1f m3, quote £%.2f", j.ID, j.Rooms, j.CubicMetres,
			float64(j.QuotePence)/100),
	})
	resp, err := http.Post(p.endpoint("/notes"), "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
