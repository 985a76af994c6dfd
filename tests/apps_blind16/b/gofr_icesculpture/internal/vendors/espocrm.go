package vendors

import (
	"encoding/json"
	"strings"

	"gofr.dev/pkg/gofr"

	"github.com/frostforge/commissions/internal/models"
)

type espoContact struct {
	FirstName     string `json:"firstName"`
	LastName      string `json:"lastName"`
	EmailAddress  string `json:"emailAddress"`
	PhoneNumber   string `json:"phoneNumber"`
	AddressStreet string `json:"addressStreet"`
	Description   string `json:"description,omitempty"`
}

func PushContact(ctx *gofr.Context, c models.Client) error {
	first, last, _ := strings.Cut(c.FullName, " ")
	contact := espoContact{FirstName: first, LastName: last}
	contact.EmailAddress = c.Email
	contact.PhoneNumber = c.Phone
	contact.AddressStreet = c.Address
	body, _ := json.Marshal(contact)
	_, err := ctx.GetHTTPService("espocrm").Post(ctx, "api/v1/Contact", nil, body)
	return err
}

func LogCommissionNote(ctx *gofr.Context, espoContactID string, commissionID int64) error {
	body, _ := json.Marshal(map[string]any{
		"parentType": "Contact",
		"parentId":   espoContactID,
		"post":       "Commission #" + itoa(commissionID) + " created",
		"type":       "Post",
	})
	_, err := ctx.GetHTTPService("espocrm").Post(ctx, "api/v1/Note", nil, body)
	return err
}
