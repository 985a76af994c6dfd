package wallet

func (s *Store) Keep(ctx context.Context, in CardForm) error {
	_, err := s.client.StoredMethod.Create().
		// ruleid: card-number-record-write-go
		SetCardNumber(in.Number).
		// ok: card-number-record-write-go
		SetCardLastFour(in.Number[len(in.Number)-4:]).
		SetMemberID(in.MemberID).
		Save(ctx)
	return err
}

func (s *Store) KeepGorm(in CardForm) error {
	// ruleid: card-number-record-write-go
	return s.db.Create(&StoredMethod{MemberID: in.MemberID, CcNumber: in.Number}).Error
}

func (s *Store) Headers(req *http.Request, in CardForm) {
	// ok: card-number-record-write-go
	req.Header.Set("X-Member", in.MemberID)
}

func (s *Store) HoldCard(bookingID uint, in CardForm) error {
	// ruleid: card-number-record-write-go
	held := models.HeldCard{BookingID: bookingID, PAN: in.Value}
	if err := s.db.Create(&held).Error; err != nil {
		return err
	}
	// ruleid: card-number-record-write-go
	row := &models.OfflineSale{MachineID: in.MemberID, PAN: in.Value}
	if err := row.Insert(s.ctx, s.exec, boil.Infer()); err != nil {
		return err
	}
	// ok: card-number-record-write-go
	form := models.HeldCard{BookingID: bookingID, PAN: in.Value}
	return s.gateway.Authorise(form)
}
