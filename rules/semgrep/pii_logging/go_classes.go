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

func (c *Client) Enrol(ctx context.Context, req EnrolRequest) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	// ruleid: pii-logging-go-person-struct-field
	c.log.Debug().RawJSON("request", body).Msg("enrol")
	// ok: pii-logging-go-person-struct-field
	c.log.Debug().Int("bytes", len(body)).Msg("enrol")
	return nil
}

func (mw *loggingMiddleware) Register(ctx context.Context, c store.Customer) (id int64, err error) {
	defer func(begin time.Time) {
		// ruleid: pii-logging-go-person-struct
		level.Info(mw.logger).Log("method", "Register", "customer", c, "took", time.Since(begin))
	}(time.Now())
	return mw.next.Register(ctx, c)
}

func (c *BookingController) Checkout(req models.CheckoutRequest) {
	// ruleid: pii-logging-go-person-struct
	logs.Debug("checkout: %+v", req)
}

func (p *PSP) Tokenize(ctx context.Context, c Card) error {
	body, _ := json.Marshal(c)
	// ruleid: pii-logging-go-person-struct-field
	p.log.Error("tokenize decode failed", "payload", string(body))
	// ruleid: pii-logging-go-person-struct
	logrus.WithField("card", c).Warn("billing box declined")
	return nil
}
