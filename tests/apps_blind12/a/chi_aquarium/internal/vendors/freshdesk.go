package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/reefwright/servicedesk/internal/model"
)

type Freshdesk struct {
	Domain string
	APIKey string
	HTTP   *http.Client
}

func (f *Freshdesk) CreateContact(ctx context.Context, c model.Customer) (int64, error) {
	contact := map[string]any{"name": c.FullName, "email": c.Email}
	contact["phone"] = c.Phone
	contact["address"] = c.Address
	b, _ := json.Marshal(contact)
	url := fmt.Sprintf("https://%s.freshdesk.com/api/v2/contacts", f.Domain)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	req.SetBasicAuth(f.APIKey, "X")
	req.Header.Set("Content-Type", "application/json")
	resp, err := f.HTTP.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		ID int64 `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

func (f *Freshdesk) OpenTicket(ctx context.Context, requesterID int64, subject string) error {
	b, _ := json.Marshal(map[string]any{"requester_id": requesterID, "subject": subject, "description": subject, "priority": 1, "status": 2})
	url := fmt.Sprintf("https://%s.freshdesk.com/api/v2/tickets", f.Domain)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	req.SetBasicAuth(f.APIKey, "X")
	req.Header.Set("Content-Type", "application/json")
	resp, err := f.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (f *Freshdesk) OpenLeakTicket(ctx context.Context, c model.Customer, tankLitres int) error {
	ticket := map[string]any{"email": c.Email, "phone": c.Phone, "name": c.FullName}
	ticket["subject"] = fmt.Sprintf("Leak reported: %d L tank", tankLitres)
	ticket["description"] = "Gate code " + c.GateCode + ", address " + c.Address
	ticket["priority"], ticket["status"] = 4, 2
	b, _ := json.Marshal(ticket)
	url := fmt.Sprintf("https://%s.freshdesk.com/api/v2/tickets", f.Domain)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	req.SetBasicAuth(f.APIKey, "X")
	req.Header.Set("Content-Type", "application/json")
	resp, err := f.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
