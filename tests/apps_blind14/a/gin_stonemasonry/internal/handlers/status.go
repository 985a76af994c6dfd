package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog"
)

type statusRow struct {
	OrderID   int64  `json:"order_id"`
	Stage     string `json:"stage"`
	CardLast4 string `json:"card_last4"`
}

func (h *OrderHandler) Status(c *gin.Context) {
	log := zerolog.Ctx(c.Request.Context())
	var row statusRow
	err := h.Store.Pool().QueryRow(c, `SELECT id, stone_type, card_last4 FROM orders WHERE id = $1`, c.Param("id")).
		Scan(&row.OrderID, &row.Stage, &row.CardLast4)
	if err != nil {
		log.Warn().Err(err).Str("order_id", c.Param("id")).Msg("status lookup failed")
		c.JSON(http.StatusNotFound, gin.H{"error": "not_found"})
		return
	}
	log.Info().Int64("order_id", row.OrderID).Str("card_last4", row.CardLast4).Msg("status viewed")
	c.JSON(http.StatusOK, row)
}
