package pay

func Charge(req ChargeRequest, logger *zap.Logger) {
	// ruleid: card-data-logging-go
	log.Printf("charging %s", req.CardNumber)
	// ruleid: card-data-logging-go
	logger.Info("charge", zap.String("cvv", req.CVV))
	// ok: card-data-logging-go
	log.Printf("charging card ending %s", req.Last4)
	// ok: card-data-logging-go
	log.Printf("charging %s", maskPAN(req.CardNumber))
}
