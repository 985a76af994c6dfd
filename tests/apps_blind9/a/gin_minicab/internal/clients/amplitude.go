package clients

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/nightjarcars/dispatch/internal/models"
)

const amplitudeURL = "https://api2.amplitude.com/2/httpapi"

type Amplitude struct {
	key  string
	http *http.Client
}

func NewAmplitude(key string) *Amplitude {
	return &Amplitude{key: key, http: &http.Client{Timeout: 5 * time.Second}}
}

func (a *Amplitude) send(events []map[string]any) error {
	body, _ := json.Marshal(map[string]any{"api_key": a.key, "events": events})
	resp, err := a.http.Post(amplitudeURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (a *Amplitude) Identify(r models.Rider) error {
	props := map[string]any{"city": r.City, "account_owner": r.AccountOwner}
	props["email"] = r.Email
	props["phone"] = r.Phone
	return a.send([]map[string]any{{
		"user_id": fmt.Sprintf("rider-%d", r.ID), "event_type": "$identify",
		"user_properties": map[string]any{"$set": props},
	}})
}

func (a *Amplitude) TripBooked(riderID uint, farePence int) error {
	return a.send([]map[string]any{{
		"user_id": fmt.Sprintf("rider-%d", riderID), "event_type": "Trip Booked",
		"event_properties": map[string]any{"fare_pence": farePence},
	}})
}
