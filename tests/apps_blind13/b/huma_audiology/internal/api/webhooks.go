package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/models"
)

type MouldReadyInput struct {
	Body struct {
		ImpressionID string `json:"impression_id"`
		PatientID    int64  `json:"patient_id"`
		Status       string `json:"status"`
		PatientName  string `json:"patient_name"`
	}
}

func (s *Server) registerWebhooks(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "earmold-webhook", Method: http.MethodPost, Path: "/webhooks/earmold"},
		func(ctx context.Context, in *MouldReadyInput) (*struct{}, error) {
			logging.From(ctx).Info("earmold webhook", "impression", in.Body.ImpressionID, "status", in.Body.Status)
			s.Vendors.Ship(ctx, "earmold webhook", map[string]any{"impression": in.Body.ImpressionID,
				"patient": in.Body.PatientName, "status": in.Body.Status})
			var p models.Patient
			if err := s.DB.SelectOne(&p, "SELECT * FROM patients WHERE id = $1", in.Body.PatientID); err != nil {
				logging.From(ctx).Error("webhook for unknown patient", "patient", in.Body.PatientName)
				return nil, huma.Error404NotFound("unknown patient")
			}
			logging.From(ctx).Info("mould ready, notifying", "patient", p)
			return nil, nil
		})
}
