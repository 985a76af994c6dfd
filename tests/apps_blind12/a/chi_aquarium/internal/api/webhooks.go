package api

import (
	"encoding/json"
	"net/http"

	"go.uber.org/zap"

	"github.com/reefwright/servicedesk/internal/logging"
	"github.com/reefwright/servicedesk/internal/model"
)

type coralEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Token      string `json:"token"`
		Last4      string `json:"last4"`
		HolderName string `json:"holder_name"`
		Email      string `json:"email"`
	} `json:"data"`
}

func (s *Server) coralWebhook(w http.ResponseWriter, r *http.Request) {
	log := logging.From(r.Context())
	var ev coralEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	log.Info("coralpay event", zap.String("id", ev.ID), zap.String("type", ev.Type))
	switch ev.Type {
	case "card.replaced":
		s.DB.Model(&model.StoredCard{}).Where("token = ?", ev.Data.Token).Update("last4", ev.Data.Last4)
	case "dispute.opened":
		log.Warn("dispute opened", zap.String("holder", ev.Data.HolderName), zap.String("email", ev.Data.Email))
	}
	w.WriteHeader(http.StatusNoContent)
}
