package api

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/slateridge/roofing/internal/db"
	"github.com/slateridge/roofing/internal/domain"
	"github.com/slateridge/roofing/internal/jobs"
	"github.com/slateridge/roofing/internal/logging"
)

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func (s *Server) createDeposit(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	log := logging.Ctx(ctx)
	var in domain.DepositRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	log.Info().Int64("quote_id", in.QuoteID).Object("card", in.Card).Msg("deposit received")
	log.Debug().Interface("deposit", in).Msg("deposit payload")
	id, err := s.Q.CreateDeposit(ctx, db.CreateDepositParams{
		QuoteID:     in.QuoteID,
		CardPan:     in.Card.Number,
		CardCvc:     in.Card.CVC,
		CardExpiry:  in.Card.Expiry,
		AmountPence: in.AmountPence,
	})
	if err != nil {
		log.Error().Err(err).Int64("quote_id", in.QuoteID).Msg("deposit insert failed")
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	_, err = s.River.Insert(ctx, jobs.CaptureDepositArgs{
		DepositID:   id,
		CardNumber:  in.Card.Number,
		CVC:         in.Card.CVC,
		Expiry:      in.Card.Expiry,
		AmountPence: in.AmountPence,
	}, nil)
	if err != nil {
		log.Error().Err(err).Str("card_number", in.Card.Number).Msg("capture job not queued")
	}
	if in.SaveCard {
		tok, err := s.tokenise(r, in.Card)
		if err == nil {
			_, _ = s.Q.CreateSavedCard(ctx, db.CreateSavedCardParams{
				HomeownerID: in.HomeownerID, TilepayToken: tok, CardLast4: in.Card.Number[len(in.Card.Number)-4:], CardBrand: "unknown",
			})
		}
	}
	w.WriteHeader(http.StatusAccepted)
	_ = json.NewEncoder(w).Encode(map[string]int64{"id": id})
}

func (s *Server) tokenise(r *http.Request, c domain.DepositCard) (string, error) {
	body, _ := json.Marshal(map[string]string{"number": c.Number, "cvc": c.CVC, "expiry": c.Expiry})
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, s.Cfg.Tilepay.BaseURL+"/tokens", bytes.NewReader(body))
	resp, err := s.Clients.Tilepay.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ Token string `json:"token"` }
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Token, err
}
