package wallet

func (s *Store) Keep(ctx context.Context, in CardForm) error {
	_, err := s.client.StoredMethod.Create().
		// ruleid: card-security-code-record-write-go
		SetCvv(in.Cvv).
		// ok: card-security-code-record-write-go
		SetCvvToken(in.CvvToken).
		SetMemberID(in.MemberID).
		Save(ctx)
	return err
}

func (s *Store) KeepGorm(in CardForm) error {
	// ruleid: card-security-code-record-write-go
	return s.db.Create(&StoredMethod{MemberID: in.MemberID, CardCvc: in.Cvc}).Error
}

func (s *Store) Headers(req *http.Request, in CardForm) {
	// ok: card-security-code-record-write-go
	req.Header.Set("X-Member", in.MemberID)
}

func (s *Store) HoldCard(bookingID uint, in CardForm) error {
	// ruleid: card-security-code-record-write-go
	held := models.HeldCard{BookingID: bookingID, CVV: in.Value}
	if err := s.db.Create(&held).Error; err != nil {
		return err
	}
	// ruleid: card-security-code-record-write-go
	row := &models.OfflineSale{MachineID: in.MemberID, CVV: in.Value}
	if err := row.Insert(s.ctx, s.exec, boil.Infer()); err != nil {
		return err
	}
	// ok: card-security-code-record-write-go
	form := models.HeldCard{BookingID: bookingID, CVV: in.Value}
	return s.gateway.Authorise(form)
}
