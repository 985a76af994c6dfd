package api

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/hibiken/asynq"
	"github.com/julienschmidt/httprouter"

	"github.com/bluehole-divers/platform/internal/clients"
	"github.com/bluehole-divers/platform/internal/logx"
	"github.com/bluehole-divers/platform/internal/store"
)

var log = logx.For("api")

// Deps is everything the handlers need; built in cmd/api.
type Deps struct {
	Store    *store.Store
	Queue    *asynq.Client
	Gateway  *clients.Gateway
	Manifest *clients.Manifest
	Agency   *clients.Agency
	Ads      *clients.GoogleAds
	Secret   []byte
}

func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func idParam(ps httprouter.Params, name string) (int64, bool) {
	id, err := strconv.ParseInt(ps.ByName(name), 10, 64)
	return id, err == nil
}
