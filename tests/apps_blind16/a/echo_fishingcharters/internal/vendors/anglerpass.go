package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/saltline/charters/internal/models"
)

type AnglerPass struct {
	HTTP    *http.Client
	BaseURL string
}

type licenceRequest struct {
	Name        string `json:"name"`
	DateOfBirth string `json:"date_of_birth"`
	Address     string `json:"address"`
	Email       string `json:"email"`
	Days        int    `json:"days"`
}

type licenceResponse struct {
	LicenceNo string `json:"licence_no"`
}

// IssueDayLicence registers the angler for a sea-fishing day licence.
func (p *AnglerPass) IssueDayLicence(ctx context.Context, a *models.Angler, days int) (string, error) {
	body, _ := json.Marshal(licenceRequest{
		Name:        a.FullName,
		DateOfBirth: a.DateOfBirth.Format("2006-01-02"),
		Address:     a.HomeAddress,
		Email:       a.Email,
		Days:        days,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.BaseURL+"/licences", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out licenceResponse
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.LicenceNo, err
}
