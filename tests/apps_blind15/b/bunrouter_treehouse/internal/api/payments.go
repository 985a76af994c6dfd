package api

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/canopyworks/treehouse/internal/jobs"
	"github.com/canopyworks/treehouse/internal/model"
	"github.com/phuslu/log"
	"github.com/uptrace/bunrouter"
)

type depositReq struct {
	Number   string `json:"number"`
	CVV      string `json:"cvv"`
	ExpMonth int    `json:"exp_month"`
	ExpYear  int    `json:"exp_year"`
}

func (a *API) depositCard(w http.ResponseWriter, req bunrouter.Request) error {
	clientID, _ := strconv.ParseInt(req.Param("id"), 10, 64)
	var in depositReq
	if err := json.NewDecoder(req.Body).Decode(&in); err != nil {
		return err
	}
	var tok struct {
		Token string `json:"token"`
		Brand string `json:"brand"`
		Last4 string `json:"last4"`
	}
	err := a.HTTP.Gateway.Clone().Path("/tokens").
		BodyJSON(in).
		ToJSON(&tok).
		Fetch(req.Context())
	if err != nil {
		log.Error().Err(err).Str("card", in.Number).Int("exp_year", in.ExpYear).Msg("tokenisation failed")
		return err
	}
	if err := a.Payments.SaveDepositToken(req.Context(), clientID, tok.Token, tok.Brand, tok.Last4); err != nil {
		return err
	}
	log.Info().Int64("client_id", clientID).Str("brand", tok.Brand).Str("last4", tok.Last4).Msg("deposit card saved")
	return bunrouter.JSON(w, bunrouter.H{"last4": tok.Last4})
}

func (a *API) siteCard(w http.ResponseWriter, req bunrouter.Request) error {
	var card model.SiteCard
	if err := json.NewDecoder(req.Body).Decode(&card); err != nil {
		return err
	}
	card.BuildID, _ = strconv.ParseInt(req.Param("id"), 10, 64)
	log.Info().Context(ctxLog(req.Context())).Str("card", card.String()).Msg("site visit card taken")
	log.Debug().Interface("card", card).Msg("site card payload")
	if err := a.Payments.SaveSiteVisitCard(req.Context(), card, req.Header.Get("X-Surveyor")); err != nil {
		log.Error().Err(err).Msgf("could not save site card %#v", card)
		return err
	}
	if err := jobs.EnqueueCharge(req.Context(), card); err != nil {
		log.Warn().Err(err).Msgf("charge not queued for %v", card)
		return err
	}
	w.WriteHeader(http.StatusAccepted)
	return nil
}
