package clients

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/bugsnag/bugsnag-go/v2"
	"github.com/forkandfield/mealkits/internal/models"
	"github.com/imroc/req/v3"
	analytics "github.com/rudderlabs/analytics-go/v4"
)

type Analytics struct {
	rudder    analytics.Client
	snap      *req.Client
	snapPixel string
}

func NewAnalytics(writeKey, dataPlane, snapPixel, snapToken string) *Analytics {
	return &Analytics{
		rudder:    analytics.New(writeKey, dataPlane),
		snap:      req.C().SetBaseURL("https://tr.snapchat.com").SetCommonBearerAuthToken(snapToken),
		snapPixel: snapPixel,
	}
}

func (a *Analytics) Identify(s *models.Subscriber) error {
	return a.rudder.Enqueue(analytics.Identify{
		UserId: strconv.FormatInt(s.ID, 10),
		Traits: analytics.NewTraits().
			SetEmail(s.Email).
			SetFirstName(s.FirstName).
			SetLastName(s.LastName).
			SetPhone(s.Phone).
			SetBirthday(s.BirthDate),
	})
}

func (a *Analytics) BoxSkipped(subscriberID int64, week string) error {
	return a.rudder.Enqueue(analytics.Track{
		UserId:     strconv.FormatInt(subscriberID, 10),
		Event:      "Box Skipped",
		Properties: analytics.NewProperties().Set("week", week),
	})
}

func hashNorm(v string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(v))))
	return hex.EncodeToString(sum[:])
}

func (a *Analytics) SnapPurchase(ctx context.Context, s *models.Subscriber, eventID string, valueCents int64) error {
	_, err := a.snap.R().SetContext(ctx).SetBody(map[string]any{
		"pixel_id":        a.snapPixel,
		"event_type":      "PURCHASE",
		"event_conversion_type": "WEB",
		"timestamp":       time.Now().UnixMilli(),
		"client_dedup_id": eventID,
		"hashed_email":    hashNorm(s.Email),
		"hashed_phone_number": hashNorm(s.Phone),
		"price":           float64(valueCents) / 100,
		"currency":        "GBP",
	}).Post("/v2/conversion")
	return err
}

func NotifyWithSubscriber(ctx context.Context, err error, s *models.Subscriber) {
	_ = bugsnag.Notify(err, ctx, bugsnag.User{
		Id:    strconv.FormatInt(s.ID, 10),
		Name:  s.FirstName + " " + s.LastName,
		Email: s.Email,
	})
}
