package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/go-co-op/gocron/v2"

	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/models"
)

type PatientBody struct {
	FullName    string    `json:"fullName" minLength:"2"`
	Email       string    `json:"email" format:"email"`
	Phone       string    `json:"phone"`
	DateOfBirth time.Time `json:"dateOfBirth"`
	NHSNumber   string    `json:"nhsNumber" pattern:"^[0-9]{10}$"`
	Address     string    `json:"address"`
}

type CreatePatientInput struct {
	Body PatientBody
}

type PatientOutput struct {
	Body struct {
		ID int64 `json:"id"`
	}
}

type FindPatientInput struct {
	NHSNumber string `query:"nhs"`
}

func (s *Server) registerPatients(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "create-patient", Method: http.MethodPost, Path: "/patients"},
		func(ctx context.Context, in *CreatePatientInput) (*PatientOutput, error) {
			logging.From(ctx).Info("registering patient", "body", in.Body)
			p := &models.Patient{FullName: in.Body.FullName, Email: in.Body.Email, Phone: in.Body.Phone,
				DateOfBirth: in.Body.DateOfBirth, NHSNumber: in.Body.NHSNumber, Address: in.Body.Address,
				CreatedAt: time.Now()}
			if err := s.DB.Insert(p); err != nil {
				return nil, huma.Error500InternalServerError("could not save patient " + p.String())
			}
			ctx = logging.WithPatient(ctx, p.ID, p.Email)
			logging.From(ctx).Info("patient registered")
			_, _ = s.Scheduler.NewJob(gocron.OneTimeJob(gocron.OneTimeJobStartImmediately()),
				gocron.NewTask(s.Vendors.SubscribeAftercare, context.Background(), *p))
			_, _ = s.Scheduler.NewJob(gocron.OneTimeJob(gocron.OneTimeJobStartImmediately()),
				gocron.NewTask(s.Vendors.CreateSupportCustomer, context.Background(), *p))
			out := &PatientOutput{}
			out.Body.ID = p.ID
			return out, nil
		})

	huma.Register(api, huma.Operation{OperationID: "find-patient", Method: http.MethodGet, Path: "/patients/search"},
		func(ctx context.Context, in *FindPatientInput) (*PatientOutput, error) {
			var p models.Patient
			if err := s.DB.SelectOne(&p, "SELECT * FROM patients WHERE nhs_number = $1", in.NHSNumber); err != nil {
				logging.From(ctx).Warn("patient not found", "nhs_number", in.NHSNumber)
				return nil, huma.Error404NotFound("patient not found")
			}
			ctx = logging.WithPatientID(ctx, p.ID)
			logging.From(ctx).Info("patient found", "patient", models.PatientRef{ID: p.ID})
			out := &PatientOutput{}
			out.Body.ID = p.ID
			return out, nil
		})
}
