package api

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/phuslu/log"
	"github.com/uptrace/bunrouter"
)

func (a *API) timberOrder(w http.ResponseWriter, req bunrouter.Request) error {
	buildID, _ := strconv.ParseInt(req.Param("id"), 10, 64)
	var in struct {
		ClientID int64    `json:"client_id"`
		Items    []string `json:"items"`
	}
	if err := json.NewDecoder(req.Body).Decode(&in); err != nil {
		return err
	}
	c, err := a.Clients.Get(req.Context(), in.ClientID)
	if err != nil {
		return err
	}
	order := map[string]any{
		"reference": "CNP-" + strconv.FormatInt(buildID, 10),
		"items":     in.Items,
		"delivery":  map[string]string{"name": c.FullName, "address": c.SiteAddress, "phone": c.Phone},
	}
	var ack struct{ OrderNo string `json:"order_no"` }
	if err := a.HTTP.Timber.Clone().Path("/api/orders").BodyJSON(order).ToJSON(&ack).Fetch(req.Context()); err != nil {
		return err
	}
	log.Info().Int64("build_id", buildID).Str("order_no", ack.OrderNo).Msg("timber ordered")
	return bunrouter.JSON(w, ack)
}

func (a *API) cameraBooking(w http.ResponseWriter, req bunrouter.Request) error {
	buildID, _ := strconv.ParseInt(req.Param("id"), 10, 64)
	var in struct {
		ClientName  string `json:"client_name"`
		ClientPhone string `json:"client_phone"`
		Address     string `json:"address"`
	}
	if err := json.NewDecoder(req.Body).Decode(&in); err != nil {
		return err
	}
	err := a.HTTP.Camera.Clone().Path("/schedule").
		BodyJSON(map[string]any{"build": buildID, "contact": in.ClientName, "phone": in.ClientPhone, "address": in.Address}).
		Fetch(req.Context())
	if err != nil {
		return err
	}
	return bunrouter.JSON(w, bunrouter.H{"scheduled": true})
}
