package api

import (
	"log/slog"

	"github.com/gin-gonic/gin"
)

func Router(h *Handlers, log *slog.Logger) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery(), RequestLogger(log))
	r.POST("/artists", h.CreateArtist)
	r.POST("/artists/:id/cards", h.SaveCard)
	r.POST("/bookings", h.CreateBooking)
	r.POST("/webhooks/teamleader", h.TeamleaderWebhook)
	return r
}
