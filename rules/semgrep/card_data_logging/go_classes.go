package handlers

// Candidates only: the scanner keeps a match when the struct type holds card data (scanner/code/classes.py).

func (h *Handler) Checkout(c *gin.Context) {
	var order models.CheckoutForm
	if err := c.ShouldBindJSON(&order); err != nil {
		// ruleid: card-data-logging-go-card-struct
		h.Log.Sugar().Errorw("bad checkout", "order", order, "err", err)
		return
	}
	// ruleid: card-data-logging-go-card-struct
	log.Printf("checkout %+v", order)
	// ruleid: card-data-logging-go-card-struct-field
	h.Log.Info("checkout", zap.Any("order", order))
	// ok: card-data-logging-go-card-struct
	h.Log.Info("checkout", zap.String("desk", order.Desk))
}

func Enrol(logger *slog.Logger, req EnrolRequest) {
	// ruleid: card-data-logging-go-card-struct
	logger.Warn("enrol failed", "request", req)
	// ruleid: card-data-logging-go-card-struct-field
	logger.Debug("enrol", slog.Any("request", req))
	// ok: card-data-logging-go-card-struct
	logger.Info("enrol", "driver", req.DriverID)
}

func (g *Gateway) Register(ctx context.Context, in EnrolRequest) (*Token, error) {
	// ruleid: card-data-logging-go-card-struct-field
	g.log.Warn().Int("status", 502).Interface("request", in).Msg("register rejected")
	// ok: card-data-logging-go-card-struct-field
	g.log.Warn().Int("status", 502).Str("driver", in.DriverID).Msg("register rejected")
	return nil, nil
}

func (c *Client) Authorize(ctx context.Context, req AuthRequest) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	// ruleid: card-data-logging-go-card-struct-field
	c.log.Debug().RawJSON("request", body).Msg("authorize")
	// ok: card-data-logging-go-card-struct-field
	c.log.Debug().Int("bytes", len(body)).Msg("authorize")
	return nil
}

func (p *PSP) Tokenize(ctx context.Context, c Card) error {
	body, _ := json.Marshal(c)
	// ruleid: card-data-logging-go-card-struct-field
	p.log.Error("tokenize decode failed", "payload", string(body))
	// ruleid: card-data-logging-go-card-struct
	logrus.WithField("card", c).Warn("billing box declined")
	return nil
}
