package clients

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/go-resty/resty/v2"

	"github.com/hivedesk/cowork/internal/models"
)

// CustomerIO sends member profiles and events to Customer.io's Track API.
type CustomerIO struct {
	http *resty.Client
}

func NewCustomerIO(siteID, apiKey string) *CustomerIO {
	return &CustomerIO{http: resty.New().
		SetBaseURL("https://track-eu.customer.io/api/v1").
		SetBasicAuth(siteID, apiKey)}
}

func (c *CustomerIO) Identify(m models.Member) error {
	_, err := c.http.R().
		SetBody(map[string]any{
			"email":      m.Email,
			"first_name": strings.Fields(m.FullName)[0],
			"phone":      m.Phone,
			"company":    m.Company,
		}).
		Put(fmt.Sprintf("/customers/%d", m.ID))
	return err
}

// TrackDeskBooked reports a booking under a pseudonymous id.
func (c *CustomerIO) TrackDeskBooked(email, desk string) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	_, err := c.http.R().
		SetBody(map[string]any{"name": "desk_booked", "data": map[string]string{"desk": desk}}).
		Post("/customers/" + hex.EncodeToString(sum[:]) + "/events")
	return err
}
