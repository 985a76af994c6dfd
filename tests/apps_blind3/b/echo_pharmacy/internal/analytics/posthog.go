package analytics

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/posthog/posthog-go"
	log "github.com/sirupsen/logrus"

	"github.com/medikart/refills/internal/db"
)

type Tracker struct {
	client posthog.Client
}

func NewTracker(apiKey string) (*Tracker, error) {
	client, err := posthog.NewWithConfig(apiKey, posthog.Config{Endpoint: "https://eu.i.posthog.com"})
	if err != nil {
		return nil, err
	}
	return &Tracker{client: client}, nil
}

func (t *Tracker) Identify(p db.Patient) {
	err := t.client.Enqueue(posthog.Identify{
		DistinctId: strconv.FormatInt(p.ID, 10),
		Properties: posthog.NewProperties().
			Set("email", p.Email).
			Set("name", p.FullName).
			Set("date_of_birth", p.DateOfBirth.Time.Format("2006-01-02")).
			Set("postcode", p.Postcode.String),
	})
	if err != nil {
		log.WithError(err).Warn("posthog identify")
	}
}

func (t *Tracker) RefillReady(patientID int64, pharmacy string) {
	_ = t.client.Enqueue(posthog.Capture{
		DistinctId: strconv.FormatInt(patientID, 10),
		Event:      "refill_ready",
		Properties: posthog.NewProperties().Set("pharmacy", pharmacy),
	})
}

func (t *Tracker) CheckoutStarted(email string, basketPaise int64) {
	sum := sha256.Sum256([]byte(email))
	_ = t.client.Enqueue(posthog.Capture{
		DistinctId: hex.EncodeToString(sum[:]),
		Event:      "checkout_started",
		Properties: posthog.NewProperties().Set("basket_paise", basketPaise),
	})
}

func (t *Tracker) PrescriptionUploaded(p db.Patient, drug string) {
	_ = t.client.Enqueue(posthog.Capture{
		DistinctId: p.Email,
		Event:      "prescription_uploaded",
		Properties: posthog.NewProperties().Set("drug", drug).Set("phone", p.Phone.String),
	})
}

func (t *Tracker) Close() error { return t.client.Close() }
