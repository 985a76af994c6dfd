package vendors

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/clearnote/hearing-api/internal/httpx"
	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/models"
)

type TympaniResult struct {
	Token string `json:"token"`
	Last4 string `json:"last4"`
	Error string `json:"error"`
}

func (c *Clients) Authorise(ctx context.Context, patientID int64, card models.CardInput, amountPence int) (*TympaniResult, error) {
	payload := map[string]any{
		"amount":   amountPence,
		"currency": "GBP",
		"card":     map[string]string{"number": card.Number, "expiry": card.Expiry, "cvv": card.CVV},
		"metadata": map[string]any{"patient_id": patientID},
	}
	logging.From(ctx).Debug("tympani authorise", "payload", payload)
	resp, err := httpx.PostJSON(ctx, c.tympani, c.cfg.Tympani.BaseURL+"/authorisations",
		map[string]string{"Authorization": "Bearer " + os.Getenv("TYMPANI_KEY")}, payload)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var res TympaniResult
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return nil, err
	}
	if res.Error != "" {
		return nil, fmt.Errorf("tympani declined card %s (%s): %s", card.Number, card.Expiry, res.Error)
	}
	logging.From(ctx).Info("tympani authorised", "patient_id", patientID, "last4", res.Last4)
	return &res, nil
}
