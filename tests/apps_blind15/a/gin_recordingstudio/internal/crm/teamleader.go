package crm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/bluefader/studio-api/internal/logging"
	"github.com/bluefader/studio-api/internal/model"
)

// Teamleader is a small client for the Teamleader Focus API (https://api.focus.teamleader.eu).
type Teamleader struct {
	client  *http.Client
	baseURL string
	token   string
}

func NewTeamleader(c *http.Client, baseURL, token string) *Teamleader {
	return &Teamleader{client: c, baseURL: baseURL, token: token}
}

type tlEmail struct {
	Type  string `json:"type"`
	Email string `json:"email"`
}

type tlPhone struct {
	Type   string `json:"type"`
	Number string `json:"number"`
}

type tlContact struct {
	FirstName  string    `json:"first_name"`
	LastName   string    `json:"last_name"`
	Emails     []tlEmail `json:"emails"`
	Telephones []tlPhone `json:"telephones"`
	Tags       []string  `json:"tags,omitempty"`
}

func (t *Teamleader) call(ctx context.Context, method string, body any) error {
	buf, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, t.baseURL+"/"+method, bytes.NewReader(buf))
	req.Header.Set("Authorization", "Bearer "+t.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("teamleader %s: %s", method, resp.Status)
	}
	return nil
}

// AddContact pushes a new artist enquiry into Teamleader so the bookings team can follow up.
func (t *Teamleader) AddContact(ctx context.Context, a model.Artist, genre string) error {
	first, last, _ := strings.Cut(a.LegalName, " ")
	contact := tlContact{FirstName: first, LastName: last, Tags: []string{"artist", genre}}
	contact.Emails = append(contact.Emails, tlEmail{Type: "primary", Email: a.Email})
	contact.Telephones = append(contact.Telephones, tlPhone{Type: "mobile", Number: a.Phone})
	if err := t.call(ctx, "contacts.add", contact); err != nil {
		logging.From(ctx).Warn("teamleader contact failed", "artist", a, "err", err)
		return err
	}
	return nil
}

func (t *Teamleader) AddNote(ctx context.Context, contactID string, a model.Artist, note string) error {
	return t.call(ctx, "notes.create", map[string]any{
		"subject": map[string]string{"type": "contact", "id": contactID},
		"content": fmt.Sprintf("%s called from %s about %s", a.LegalName, a.Phone, note),
	})
}

func (t *Teamleader) TagBooked(ctx context.Context, contactID string) error {
	return t.call(ctx, "contacts.tag", map[string]any{"id": contactID, "tags": []string{"booked"}})
}
