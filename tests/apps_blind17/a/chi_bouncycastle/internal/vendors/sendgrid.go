package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"

	"github.com/jumpjoy-hire/bookings/internal/store"
)

type SendGrid struct {
	Client  *http.Client
	BaseURL string
	ListID  string
}

func (s *SendGrid) AddToPartyPlannersList(ctx context.Context, cu *store.Customer) error {
	body := map[string]any{
		"list_ids": []string{s.ListID},
		"contacts": []map[string]any{{
			"email":       cu.Email,
			"first_name":  cu.FullName,
			"phone_number": cu.Phone,
			"postal_code": cu.Postcode,
		}},
	}
	buf, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, s.BaseURL+"/marketing/contacts", bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("SENDGRID_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.Client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
