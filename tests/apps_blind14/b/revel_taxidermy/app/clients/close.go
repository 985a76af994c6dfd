package clients

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"github.com/revel/revel"

	"ferncombe/app/models"
)

type closeContact struct {
	Name   string              `json:"name"`
	Emails []map[string]string `json:"emails,omitempty"`
	Phones []map[string]string `json:"phones,omitempty"`
}

type closeLead struct {
	Name      string                 `json:"name"`
	Contacts  []closeContact         `json:"contacts"`
	Addresses []map[string]string    `json:"addresses,omitempty"`
	Custom    map[string]interface{} `json:"custom,omitempty"`
}

func CreateLead(c models.Customer, com models.Commission) error {
	lead := closeLead{Name: c.FullName}
	contact := closeContact{Name: c.FullName}
	contact.Emails = []map[string]string{{"type": "office", "email": c.Email}}
	contact.Phones = []map[string]string{{"type": "mobile", "phone": c.Phone}}
	lead.Contacts = []closeContact{contact}
	lead.Addresses = []map[string]string{{"label": "home", "address_1": c.Address}}
	lead.Custom = map[string]interface{}{"species": com.Species, "firearms_cert": c.FirearmsCertNo}
	return postClose("/lead/", lead)
}

func UpdateLeadStatus(leadID string, commissionID int64, status string) error {
	return postClose("/activity/note/", map[string]interface{}{"lead_id": leadID, "note": fmt.Sprintf("commission %d %s", commissionID, status)})
}

func postClose(path string, body interface{}) error {
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, revel.Config.StringDefault("close.base_url", "https://api.close.com/api/v1")+path, bytes.NewReader(raw))
	req.SetBasicAuth(os.Getenv("CLOSE_API_KEY"), "")
	req.Header.Set("Content-Type", "application/json")
	res, err := Close.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return nil
}
