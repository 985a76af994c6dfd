package clients

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/sludgeline/tankroute/internal/logging"
	"github.com/sludgeline/tankroute/internal/store"
)

type fsUser struct {
	UID         string            `json:"uid"`
	DisplayName string            `json:"display_name,omitempty"`
	Email       string            `json:"email,omitempty"`
	Properties  map[string]string `json:"properties,omitempty"`
}

type fsEvent struct {
	User       map[string]string      `json:"user"`
	Name       string                 `json:"name"`
	Properties map[string]interface{} `json:"properties"`
}

func hashID(id int64) string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("cust:%d", id)))
	return hex.EncodeToString(sum[:])
}

func (s *Set) IdentifyCustomer(c *store.Customer) error {
	body := fsUser{UID: hashID(c.ID), DisplayName: c.FullName, Email: c.Email, Properties: map[string]string{"site": c.SiteAddress}}
	_, err := s.FullStory.New().Post("v2/users").BodyJSON(body).ReceiveSuccess(nil)
	return err
}

func (s *Set) PumpOutCompleted(customerID int64, litres int) error {
	ev := fsEvent{User: map[string]string{"uid": hashID(customerID)}, Name: "Pump Out Completed", Properties: map[string]interface{}{"litres": litres}}
	_, err := s.FullStory.New().Post("v2/events").BodyJSON(ev).ReceiveSuccess(nil)
	return err
}

func (s *Set) InvoicePaid(customerID int64, cents int) error {
	ev := fsEvent{User: map[string]string{"uid": hashID(customerID)}, Name: "Invoice Paid", Properties: map[string]interface{}{"amount_cents": cents}}
	_, err := s.FullStory.New().Post("v2/events").BodyJSON(ev).ReceiveSuccess(nil)
	return err
}

type insightlyContact struct {
	FirstName string `json:"FIRST_NAME"`
	LastName  string `json:"LAST_NAME"`
	Email     string `json:"EMAIL_ADDRESS"`
	Phone     string `json:"PHONE"`
}

func (s *Set) PushContact(c *store.Customer) error {
	parts := strings.SplitN(c.FullName, " ", 2)
	contact := insightlyContact{FirstName: parts[0], LastName: parts[len(parts)-1], Email: c.Email, Phone: c.Phone}
	resp, err := s.Insightly.New().Post("Contacts").BodyJSON(contact).ReceiveSuccess(nil)
	if err != nil {
		logging.Root.Error("insightly push failed", "contact", contact, "error", err)
		return err
	}
	logging.Root.Debug("insightly push ok", "customer", c, "status", resp.StatusCode)
	return nil
}

type registration struct {
	Owner   string `json:"owner_name"`
	Address string `json:"site_address"`
	Litres  int    `json:"tank_litres"`
}

func (s *Set) RegisterTank(c *store.Customer) error {
	_, err := s.Council.New().Post("tanks").BodyJSON(registration{Owner: c.FullName, Address: c.SiteAddress, Litres: c.TankLitres}).ReceiveSuccess(nil)
	return err
}

func (s *Set) CouncilBulletins() ([]string, error) {
	var out []string
	_, err := s.Council.New().Get("bulletins").ReceiveSuccess(&out)
	return out, err
}
