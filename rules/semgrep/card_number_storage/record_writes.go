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
