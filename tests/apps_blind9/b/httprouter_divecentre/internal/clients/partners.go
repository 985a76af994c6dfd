package clients

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gojek/heimdall/v7/httpclient"

	"github.com/bluehole-divers/platform/internal/store"
)

type poster struct{ c *httpclient.Client }

func newPoster(timeout time.Duration) *poster { return &poster{c: New(timeout)} }

func (p *poster) Post(url string, body *bytes.Reader, headers http.Header) (*http.Response, error) {
	return p.c.Post(url, body, headers)
}

var jsonHeaders = http.Header{"Content-Type": {"application/json"}}

// Manifest pushes the passenger list to the boat tablets via the dock router.
type Manifest struct {
	url  string
	http *httpclient.Client
}

func NewManifest(url string) *Manifest { return &Manifest{url: url, http: New(5 * time.Second)} }

func (m *Manifest) Push(tripID int64, divers []store.Diver) error {
	type passenger struct {
		Name             string `json:"name"`
		Phone            string `json:"phone"`
		EmergencyContact string `json:"emergencyContact"`
		CertNumber       string `json:"cert"`
	}
	list := make([]passenger, 0, len(divers))
	for _, d := range divers {
		list = append(list, passenger{d.FullName, d.Phone, d.EmergencyContact, d.CertNumber})
	}
	body, _ := json.Marshal(map[string]any{"trip": tripID, "passengers": list})
	resp, err := m.http.Post(fmt.Sprintf("%s/%d", m.url, tripID), bytes.NewReader(body), jsonHeaders)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Ping checks the dock router is reachable before a trip leaves.
func (m *Manifest) Ping() error {
	resp, err := m.http.Get(m.url+"/health", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Agency registers students for the certification agency's e-learning.
type Agency struct {
	url  string
	http *httpclient.Client
}

func NewAgency(url string, skipVerify bool) *Agency {
	return &Agency{url: url, http: NewWithTLS(10*time.Second, skipVerify)}
}

func (a *Agency) RegisterStudent(d store.Diver, course string) error {
	body, _ := json.Marshal(map[string]string{
		"name": d.FullName, "email": d.Email, "dateOfBirth": d.DateOfBirth.Format("2006-01-02"), "course": course,
	})
	resp, err := a.http.Post(a.url+"/students", bytes.NewReader(body), jsonHeaders)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
