package api

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/slateridge/roofing/internal/domain"
	"github.com/slateridge/roofing/internal/jobs"
	"github.com/slateridge/roofing/internal/logging"
)

func (s *Server) createHomeowner(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	log := logging.Ctx(ctx)
	var h domain.Homeowner
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	id, err := s.Q.InsertHomeowner(ctx, h.FullName, h.Email, h.Phone, h.Address)
	if err != nil {
		err = fmt.Errorf("insert homeowner %s (%s): %w", h.FullName, h.Email, err)
		log.Error().Err(err).Msg("create homeowner failed")
		http.Error(w, "could not save", http.StatusConflict)
		return
	}
	h.ID = id
	log.Info().Int64("homeowner_id", id).Msg("homeowner created")
	log.Debug().Stringer("homeowner", h).Msg("homeowner detail")
	logging.Audit(ctx, "homeowner.create", map[string]any{"homeowner_id": id, "email": h.Email, "address": h.Address})
	if _, err := s.River.Insert(ctx, jobs.SyncCopperArgs{HomeownerID: id}, nil); err != nil {
		log.Warn().Err(err).Int64("homeowner_id", id).Msg("copper sync not queued")
	}
	_ = s.Kiss.Signup(ctx, h.Email, h.Phone, h.Address)
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]int64{"id": id})
}

func (s *Server) bookScaffold(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var in struct {
		HomeownerID int64  `json:"homeowner_id"`
		Date        string `json:"date"`
	}
	_ = json.NewDecoder(r.Body).Decode(&in)
	h, err := s.Q.GetHomeowner(ctx, in.HomeownerID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	body, _ := json.Marshal(map[string]any{"site_contact": h.FullName, "phone": h.Phone.String, "address": h.Address, "date": in.Date})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.Cfg.ScaffoldPartner.BaseURL+"/bookings", bytesReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.Clients.Scaffold.Do(req)
	if err != nil {
		logging.Ctx(ctx).Error().Err(err).Int64("homeowner_id", h.ID).Msg("scaffold booking failed")
		http.Error(w, "partner unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
