package api

import (
	"context"
	"net/http"
	"time"

	"github.com/canopyworks/treehouse/internal/logging"
	"github.com/phuslu/log"
	"github.com/uptrace/bunrouter"
)

func requestContext(next bunrouter.HandlerFunc) bunrouter.HandlerFunc {
	return func(w http.ResponseWriter, req bunrouter.Request) error {
		fields := log.NewContext(nil).
			Str("request_id", req.Header.Get("X-Request-Id")).
			Str("surveyor", req.Header.Get("X-Surveyor")).
			Str("remote", req.RemoteAddr).
			Value()
		ctx := logging.WithFields(req.Context(), fields)
		start := time.Now()
		err := next(w, req.WithContext(ctx))
		log.Info().Context(fields).Str("path", req.URL.Path).Dur("took", time.Since(start)).Msg("request")
		return err
	}
}

func errorHandler(next bunrouter.HandlerFunc) bunrouter.HandlerFunc {
	return func(w http.ResponseWriter, req bunrouter.Request) error {
		err := next(w, req)
		if err != nil {
			log.Error().Context(logging.From(req.Context())).Err(err).Msg("handler failed")
			return bunrouter.JSON(w, bunrouter.H{"error": "internal"})
		}
		return nil
	}
}

func ctxLog(ctx context.Context) log.Context { return logging.From(ctx) }
