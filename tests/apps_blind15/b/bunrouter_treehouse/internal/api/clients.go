package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/canopyworks/treehouse/internal/jobs"
	"github.com/canopyworks/treehouse/internal/logging"
	"github.com/canopyworks/treehouse/internal/model"
	"github.com/phuslu/log"
	"github.com/uptrace/bunrouter"
)

func (a *API) createClient(w http.ResponseWriter, req bunrouter.Request) error {
	var c model.Client
	if err := json.NewDecoder(req.Body).Decode(&c); err != nil {
		return err
	}
	log.Info().Context(ctxLog(req.Context())).Interface("client", c).Msg("new client enquiry")
	if c.Email == "" {
		return fmt.Errorf("client %q has no email", c.FullName)
	}
	if err := a.Clients.Create(req.Context(), &c); err != nil {
		return err
	}
	logging.Audit.Info().Int64("client_id", c.ID).Str("email", c.Email).Msg("client.created")
	logging.Audit.Info().Int64("client_id", c.ID).Str("phone", logging.Mask(c.Phone)).Msg("client.phone_recorded")
	if err := jobs.EnqueueSync(req.Context(), c.ID); err != nil {
		log.Warn().Err(err).Int64("client_id", c.ID).Msg("sync not queued")
	}
	w.WriteHeader(http.StatusCreated)
	return bunrouter.JSON(w, bunrouter.H{"id": c.ID})
}

func (a *API) getClient(w http.ResponseWriter, req bunrouter.Request) error {
	id, _ := strconv.ParseInt(req.Param("id"), 10, 64)
	c, err := a.Clients.Get(req.Context(), id)
	if err != nil {
		return err
	}
	log.Debug().Stringer("client", c).Msg("client fetched")
	log.Info().Context(ctxLog(req.Context())).Msgf("client fetched: %s", c)
	return bunrouter.JSON(w, c)
}
