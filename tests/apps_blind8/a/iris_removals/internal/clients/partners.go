package clients

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/harbourvans/removals/internal/models"
)

// Insurer quotes goods-in-transit cover per move. Their staging cert chain is broken
// and the flag was never flipped back for production.
type Insurer struct {
	BaseURL string
	http    *http.Client
}

func NewInsurer(base string, insecure bool) *Insurer {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: insecure}}
	return &Insurer{BaseURL: base, http: &http.Client{Transport: tr, Timeout: 15 * time.Second}}
}

func (i *Insurer) Quote(c *models.Customer, j *models.RemovalJob) (int64, error) {
	payload := map[string]any{
		"policyholder": map[string]string{
			"name":    c.FirstName + " " + c.LastName,
			"email":   c.Email,
			"address": c.FromAddress,
		},
		"destination":    j.Customer.ToAddress,
		"declared_value": j.InsuredValue,
		"move_date":      j.MoveDate.Format("2006-01-02"),
	}
	b, _ := json.Marshal(payload)
	resp, err := i.http.Post(i.BaseURL+"/quotes", "application/json", bytes.NewReader(b))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		PremiumPence int64 `json:"premium_pence"`
	}
	return out.PremiumPence, json.NewDecoder(resp.Body).Decode(&out)
}

// Dispatch pushes the day's crew sheet to the depot box the tablets read from.
type Dispatch struct {
	BaseURL string
}

func (d Dispatch) PushCrewSheet(vanReg string, jobs []CrewStop) error {
	b, _ := json.Marshal(map[string]any{"van": vanReg, "stops": jobs})
	resp, err := http.Post(d.BaseURL+"/crew-sheets", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("dispatch: %d", resp.StatusCode)
	}
	return nil
}

func (d Dispatch) VanPosition(vanReg string) (*http.Response, error) {
	return http.Get(d.BaseURL + "/vans/" + url.PathEscape(vanReg) + "/position")
}

type CrewStop struct {
	JobID    int64  `json:"job_id"`
	Customer string `json:"customer"`
	Phone    string `json:"phone"`
	Address  string `json:"address"`
	Notes    string `json:"notes"`
}
