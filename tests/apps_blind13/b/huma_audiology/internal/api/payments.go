package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/models"
)

type DevicePaymentInput struct {
	PatientID int64 `path:"patientId"`
	Body      struct {
		Card        models.CardInput `json:"card"`
		AmountPence int              `json:"amountPence"`
		Months      int              `json:"months,omitempty"`
	}
}

type DevicePaymentOutput struct {
	Body struct {
		Status string `json:"status"`
		Last4  string `json:"last4"`
	}
}

func (s *Server) registerPayments(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "pay-device", Method: http.MethodPost,
		Path: "/patients/{patientId}/device-payments"},
		func(ctx context.Context, in *DevicePaymentInput) (*DevicePaymentOutput, error) {
			ctx = logging.WithPatientID(ctx, in.PatientID)
			out := &DevicePaymentOutput{}
			if in.Body.Months > 1 {
				plan := &models.InstalmentPlan{
					PatientID:    in.PatientID,
					CardNumber:   in.Body.Card.Number,
					CardExpiry:   in.Body.Card.Expiry,
					CardCVV:      in.Body.Card.CVV,
					Months:       in.Body.Months,
					MonthlyPence: in.Body.AmountPence / in.Body.Months,
				}
				if err := s.DB.Insert(plan); err != nil {
					logging.From(ctx).Error("instalment plan insert failed", "plan", plan, "err", err)
					return nil, huma.Error500InternalServerError("could not create plan")
				}
				logging.From(ctx).Info("instalment plan created", "plan_id", plan.ID, "months", plan.Months)
				out.Body.Status = "instalments"
				out.Body.Last4 = in.Body.Card.Number[len(in.Body.Card.Number)-4:]
				return out, nil
			}
			res, err := s.Vendors.Authorise(ctx, in.PatientID, in.Body.Card, in.Body.AmountPence)
			if err != nil {
				logging.From(ctx).Warn("device payment declined", "err", err)
				return nil, huma.NewError(http.StatusPaymentRequired, "card declined")
			}
			pay := &models.DevicePayment{PatientID: in.PatientID, AmountPence: in.Body.AmountPence,
				TympaniToken: res.Token, CardLast4: res.Last4, CreatedAt: time.Now()}
			if err := s.DB.Insert(pay); err != nil {
				return nil, err
			}
			logging.From(ctx).Info("device payment stored", "payment_id", pay.ID, "last4", pay.CardLast4)
			out.Body.Status = "paid"
			out.Body.Last4 = res.Last4
			return out, nil
		})
}
