package pay

func Charge(req ChargeRequest, logger *zap.Logger) {
	// ruleid: card-data-logging-go
	log.Printf("charging %s", req.CardNumber)
	// ruleid: card-data-logging-go, card-data-logging-go-keyed-field
	logger.Info("charge", zap.String("cvv", req.CVV))
	// ok: card-data-logging-go
	log.Printf("charging card ending %s", req.Last4)
	// ok: card-data-logging-go
	log.Printf("charging %s", maskPAN(req.CardNumber))
}

func Link(req LinkRequest, db *gorm.DB, logger *zap.Logger) {
	card := Card{PAN: req.CardNumber}
	if err := db.Create(&card).Error; err != nil {
		// ok: card-data-logging-go
		logger.Error("saving card", zap.Error(err))
	}
	// ok: card-data-logging-go
	logger.Info("linked", zap.String("last4", req.CardNumber[len(req.CardNumber)-4:]))
}

func Linked(req LinkRequest, logger *zap.Logger) {
	card := Card{PAN: req.CardNumber, Brand: req.Brand}
	// ok: card-data-logging-go
	logger.Info("card linked", zap.String("brand", card.Brand))
	// ruleid: card-data-logging-go, card-data-logging-go-keyed-field
	logger.Info("card linked", zap.String("pan", card.PAN))
}

func (v Viewport) Moved(dx float64) {
	// ok: card-data-logging-go
	slog.Debug("viewport moved", "pan", []float64{v.PanX + dx, v.PanY})
}

func (s *Server) capture(w http.ResponseWriter, r *http.Request) {
	var req captureRequest
	_ = json.NewDecoder(r.Body).Decode(&req)
	// ruleid: card-data-logging-go-struct-with-card-fields
	s.log.Debug().Interface("capture", req).Msg("capture received")
	resp, err := http.Post(s.acquirer, "application/json", encode(req.PAN))
	if err == nil {
		// ok: card-data-logging-go
		slog.Info("acquirer replied", "status", resp.StatusCode)
	}
}

func (h *Handler) Verify(c *gin.Context, req verifyRequest, entry *logrus.Entry) {
	if !valid(req.Number) {
		// ruleid: card-data-logging-go-keyed-field
		h.Log.Info("rejected", zap.String("pan", req.Number))
		// ruleid: card-data-logging-go-keyed-field
		entry.WithField("card_no", req.Number).Warn("rejected")
		// ok: card-data-logging-go-keyed-field
		h.Log.Info("rejected", zap.String("pan", maskPAN(req.Number)))
		// ok: card-data-logging-go-keyed-field
		h.Log.Info("rejected", zap.String("card", "redacted"))
		return
	}
	cardNo := req.Number
	if err := h.store.Save(cardNo); err != nil {
		// ruleid: card-data-logging-go
		entry.WithField("account", cardNo).WithError(err).Error("save failed")
		// ruleid: card-data-logging-go
		h.Log.Sugar().Errorf("save failed for card %s: %v", cardNo, err)
	}
	ref, err := h.Processor.Charge(cardNo, req.Amount)
	// ok: card-data-logging-go
	h.Log.Info("charged", zap.String("ref", ref))
	// ok: card-data-logging-go-keyed-field
	h.Log.Info("badge", zap.String("keycard", badge.Code))
}

func (h *Handler) Swipe(c *gin.Context) {
	var kc models.KeyCard
	_ = h.DB.First(&kc).Error
	// ok: card-data-logging-go
	h.Log.Info("door opened", zap.String("badge", kc.CardNumber))
	var pc models.PaymentCard
	_ = h.DB.First(&pc).Error
	// ruleid: card-data-logging-go
	h.Log.Info("card on file", zap.String("number", pc.CardNumber))
}

func (k *Kiosk) Settle(ctx context.Context, t KioskTxn) error {
	saveErr := k.store.ParkCharge(ctx, PendingCharge{CardNumber: t.CardNo, CVC: t.Cvc2})
	if saveErr != nil {
		// ruleid: card-data-logging-go
		k.log.Error().Err(saveErr).Str("kiosk", k.id).Msgf("insert failed card=%s", t.CardNo)
		// ok: card-data-logging-go
		k.log.Warn().Str("kiosk", k.id).Msgf("parked for later: %v", saveErr)
		return saveErr
	}
	// ruleid: card-data-logging-go
	fmt.Fprintf(os.Stderr, "FAILED txn card %s\n", t.CardNo)
	// ok: card-data-logging-go
	fmt.Fprintf(os.Stderr, "FAILED txn %d\n", t.ID)
	return nil
}

func (k *Kiosk) Store(ctx context.Context, t KioskTxn) {
	txnID, err := k.q.InsertTxn(ctx, TxnParams{CcNum: t.CardNo, Cvc2: t.Cvc2})
	if err != nil {
		return
	}
	// ok: card-data-logging-go
	k.log.Info().Str("kiosk", k.id).Int64("txn_id", txnID).Msg("kiosk txn stored")
}

func (h *TopUps) add(c buffalo.Context, in TopUpForm) {
	// ruleid: card-data-logging-go
	c.Logger().Debugf("top-up for card %s", in.CardNumber)
	// ok: card-data-logging-go
	c.Logger().Debugf("top-up for driver %d", in.DriverID)
}

// An error returned by a call given card data (qerr, cerr) is that call's failure, not the card.
func hold(ctx context.Context, a *API, req checkoutRequest) {
	if qerr := a.Store.HoldPaymentForRetry(ctx, req.Card.PrimaryAccountNumber, req.Card.CVN); qerr != nil {
		// ok: card-data-logging-go
		log.Error().Err(qerr).Msg("could not queue retry")
	}
	// ruleid: card-data-logging-go
	logs.Error("damage charge failed (card %s)", req.Card.PrimaryAccountNumber)
}
