package vendors

import (
	"context"

	"github.com/clearnote/hearing-api/internal/httpx"
	"github.com/clearnote/hearing-api/internal/models"
)

type MouldOrder struct {
	PatientName  string `json:"patient_name"`
	DateOfBirth  string `json:"dob"`
	Address      string `json:"delivery_address"`
	Ear          string `json:"ear"`
	ImpressionID string `json:"impression_id"`
}

func (c *Clients) OrderMould(ctx context.Context, p models.Patient, ear, impressionID string) error {
	order := MouldOrder{
		PatientName:  p.FullName,
		DateOfBirth:  p.DateOfBirth.Format("2006-01-02"),
		Address:      p.Address,
		Ear:          ear,
		ImpressionID: impressionID,
	}
	resp, err := httpx.PostJSON(ctx, c.earmold, c.cfg.EarMold.BaseURL+"/orders", nil, order)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Clients) UpdateDelivery(ctx context.Context, impressionID string, p models.Patient) error {
	body := map[string]string{"impression_id": impressionID, "delivery_address": p.Address, "contact_phone": p.Phone}
	resp, err := httpx.PostJSON(ctx, c.earmold, c.cfg.EarMold.BaseURL+"/orders/"+impressionID+"/delivery", nil, body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Clients) MouldStatus(ctx context.Context, impressionID string) error {
	resp, err := httpx.PostJSON(ctx, c.earmold, "http://localhost:9310/status", nil, map[string]string{"impression_id": impressionID})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
