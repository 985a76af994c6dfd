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
