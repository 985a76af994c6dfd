package integrations

import (
	"context"
	"time"

	"gopkg.in/h2non/gentleman.v2/plugins/body"
)

type manifestEntry struct {
	TourDate    string `json:"tour_date"`
	Passenger   string `json:"passenger"`
	Phone       string `json:"phone"`
	DateOfBirth string `json:"dob,omitempty"`
}

// AddToBoatManifest registers a passenger on the ferry to the rock lighthouse.
func AddToBoatManifest(ctx context.Context, tourDate, name, phone string, dob *time.Time) error {
	entry := manifestEntry{TourDate: tourDate, Passenger: name, Phone: phone}
	if dob != nil {
		entry.DateOfBirth = dob.Format("2006-01-02")
	}
	_, err := boatmanClient.Request().Context(ctx).Path("/manifest").Method("POST").
		Use(body.JSON(entry)).Send()
	return err
}

// BoatmanStatus returns whether the ferry is running today.
func BoatmanStatus(ctx context.Context) (bool, error) {
	res, err := boatmanClient.Request().Context(ctx).Path("/status").Send()
	if err != nil {
		return false, err
	}
	return res.Ok, nil
}
