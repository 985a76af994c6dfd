package handlers

// Candidates only: the scanner keeps a match when the struct type holds personal data (scanner/code/classes.py).

func (h *Handler) Checkout(c *gin.Context) {
	var order models.CheckoutForm
	if err := c.ShouldBindJSON(&order); err != nil {
		// ruleid: pii-logging-go-person-struct
		h.Log.Sugar().Errorw("bad checkout", "order", order, "err", err)
		return
	}
	// ruleid: pii-logging-go-person-struct
	log.Printf("checkout %+v", order)
	// ruleid: pii-logging-go-person-struct-field
	h.Log.Info("checkout", zap.Any("order", order))
	// ok: pii-logging-go-person-struct
	h.Log.Info("checkout", zap.String("desk", order.Desk))
}

func Enrol(logger *slog.Logger, req EnrolRequest) {
	// ruleid: pii-logging-go-person-struct
	logger.Warn("enrol failed", "request", req)
	// ruleid: pii-logging-go-person-struct-field
	logger.Debug("enrol", slog.Any("request", req))
	// ok: pii-logging-go-person-struct
	logger.Info("enrol", "driver", req.DriverID)
}

func (g *Gateway) Register(ctx context.Context, in EnrolRequest) (*Token, error) {
	// ruleid: pii-logging-go-person-struct-field
	g.log.Warn().Int("status", 502).Interface("request", in).Msg("register rejected")
	// ok: pii-logging-go-person-struct-field
	g.log.Warn().Int("status", 502).Str("driver", in.DriverID).Msg("register rejected")
	return nil, nil
}
