package analytics

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	segment "github.com/segmentio/analytics-go/v3"
)

type Tracker struct {
	client segment.Client
}

func New(writeKey string) *Tracker {
	return &Tracker{client: segment.New(writeKey)}
}

func (t *Tracker) RecipientCreated(id int64, email, phone, city string) error {
	return t.client.Enqueue(segment.Identify{
		UserId: strconv.FormatInt(id, 10),
		Traits: segment.NewTraits().SetEmail(email).SetPhone(phone).Set("city", city),
	})
}

func (t *Tracker) Delivered(id int64, codCents int) error {
	return t.client.Enqueue(segment.Track{
		UserId:     strconv.FormatInt(id, 10),
		Event:      "Parcel Delivered",
		Properties: segment.NewProperties().Set("codCents", codCents),
	})
}

func (t *Tracker) Alias(email string, anonymousID string) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return t.client.Enqueue(segment.Alias{PreviousId: anonymousID, UserId: hex.EncodeToString(sum[:])})
}
