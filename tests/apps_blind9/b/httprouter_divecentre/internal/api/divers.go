package api

import (
	"net/http"

	"github.com/julienschmidt/httprouter"

	"github.com/bluehole-divers/platform/internal/errs"
	"github.com/bluehole-divers/platform/internal/jobs"
	"github.com/bluehole-divers/platform/internal/store"
)

type registration struct {
	store.Diver
	Course         string          `json:"course"`
	MedicalAnswers map[string]bool `json:"medical"`
}

// RegisterDiver handles POST /divers (web sign-up and the shop tablet).
func (d *Deps) RegisterDiver(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var in registration
	if err := decode(r, &in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid body"})
		return
	}
	log.Info("registration received", "body", in)

	diver := in.Diver
	if err := d.Store.CreateDiver(r.Context(), &diver); err != nil {
		errs.Report(err, r, nil)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "could not register"})
		return
	}
	log.Info("diver created", "diver", diver)

	var flags []string
	for condition, yes := range in.MedicalAnswers {
		if yes {
			flags = append(flags, condition)
		}
	}
	if len(flags) > 0 {
		_ = d.Store.SetMedicalFlags(r.Context(), diver.ID, flags)
		log.Warn("physician sign-off required", "name", diver.FullName, "dob", diver.DateOfBirth, "conditions", flags)
	}
	if in.Course != "" {
		if err := d.Agency.RegisterStudent(diver, in.Course); err != nil {
			errs.Report(err, r, &diver)
		}
	}
	_ = jobs.EnqueueCRMSync(d.Queue, diver.ID)
	writeJSON(w, http.StatusCreated, diver)
}

// GetDiver handles GET /divers/:id for the shop tablet.
func (d *Deps) GetDiver(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, ok := idParam(ps, "id")
	if !ok {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad id"})
		return
	}
	diver, found, err := d.Store.Diver(r.Context(), id)
	if err != nil || !found {
		log.Info("diver not found", "id", id)
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
		return
	}
	log.Debug("diver loaded", "diver", diver)
	writeJSON(w, http.StatusOK, diver)
}

// LookupBookings handles POST /bookings/lookup: "find my booking" by e-mail, answer sent by mail.
func (d *Deps) LookupBookings(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var in struct {
		Email string `json:"email"`
	}
	if err := decode(r, &in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid body"})
		return
	}
	log.Info("booking lookup", "email", in.Email, "ip", r.RemoteAddr)
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "if we know this address, we have sent you an e-mail"})
}
