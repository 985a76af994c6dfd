package services

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"

	"github.com/sirupsen/logrus"
	analytics "github.com/segmentio/analytics-go/v3"

	"github.com/freshfold/laundry/models"
)

var segmentClient analytics.Client

func init() {
	key := os.Getenv("SEGMENT_WRITE_KEY")
	if key == "" {
		return
	}
	segmentClient = analytics.New(key)
}

// IdentifyCustomer sends the customer's profile to Segment for the CRM destinations.
func IdentifyCustomer(c *models.Customer) {
	if segmentClient == nil {
		return
	}
	err := segmentClient.Enqueue(analytics.Identify{
		UserId: c.ID.String(),
		Traits: analytics.NewTraits().
			SetEmail(c.Email).
			SetName(c.FullName).
			SetPhone(c.Phone).
			Set("postcode", c.Postcode),
	})
	if err != nil {
		logrus.WithError(err).WithField("customer_id", c.ID).Warn("segment identify failed")
	}
}

// TrackOrder records an order event with ids and amounts only.
func TrackOrder(o *models.LaundryOrder, event string) {
	if segmentClient == nil {
		return
	}
	_ = segmentClient.Enqueue(analytics.Track{
		UserId: o.CustomerID.String(),
		Event:  event,
		Properties: analytics.NewProperties().
			Set("order_number", o.OrderNumber).
			Set("service", o.Service).
			SetRevenue(float64(o.TotalCents) / 100),
	})
}

// TrackReferral records that a referral link was used; the referred address is hashed.
func TrackReferral(referrerID string, referredEmail string) {
	if segmentClient == nil {
		return
	}
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(referredEmail))))
	_ = segmentClient.Enqueue(analytics.Track{
		UserId:     referrerID,
		Event:      "Referral Sent",
		Properties: analytics.NewProperties().Set("referred_hash", hex.EncodeToString(sum[:])),
	})
}
