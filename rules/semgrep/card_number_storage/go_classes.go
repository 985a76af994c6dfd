package spool

// Candidates only: the scanner keeps a match when the struct type holds card data (scanner/code/classes.py).

func SaveHold(h HoldRecord) error {
	blob, err := json.Marshal(h)
	if err != nil {
		return err
	}
	// ruleid: card-storage-go-serialised-struct
	return os.WriteFile("/var/spool/hold.json", blob, 0o600)
}

func (c *Cache) Park(ctx context.Context, id string, order billing.PendingOrder) error {
	raw, err := json.Marshal(order)
	if err != nil {
		return err
	}
	// ruleid: card-storage-go-serialised-struct
	return c.rdb.SetEx(ctx, "pending:"+id, raw, time.Hour).Err()
}

func (s *Store) Queue(job RetryJob) error {
	enc, err := json.Marshal(job)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		// ruleid: card-storage-go-serialised-struct
		return tx.Bucket(retries).Put([]byte(job.ID), enc)
	})
}

func Dump(batch SettlementBatch) error {
	f, err := os.Create("/tmp/batch.json")
	if err != nil {
		return err
	}
	defer f.Close()
	// ruleid: card-storage-go-encoded-struct
	return json.NewEncoder(f).Encode(batch)
}

func Reply(w http.ResponseWriter, h HoldRecord) {
	blob, _ := json.Marshal(h)
	// ok: card-storage-go-serialised-struct
	w.Header().Set("X-Hold", "1")
	// ok: card-storage-go-serialised-struct
	http.Post(partnerURL, "application/json", bytes.NewReader(blob))
}

func Remember(ctx context.Context, rdb *redis.Client, id string, last4 string) error {
	// ok: card-storage-go-serialised-struct
	return rdb.Set(ctx, "last4:"+id, last4, time.Hour).Err()
}

func EnqueueRetry(q *asynq.Client, hold HoldRecord) error {
	payload, err := json.Marshal(hold)
	if err != nil {
		return err
	}
	// ruleid: card-storage-go-serialised-struct
	_, err = q.Enqueue(asynq.NewTask("hold:retry", payload), asynq.MaxRetry(4))
	return err
}

func EnqueueCharge(q *asynq.Client, r Rental) error {
	payload, err := json.Marshal(DamageCharge{RentalID: r.ID, Card: CardInput{Number: r.DepositPAN}})
	if err != nil {
		return err
	}
	// ruleid: card-storage-go-serialised-literal
	_, err = q.Enqueue(asynq.NewTask("rental:damage", payload), asynq.ProcessIn(12*time.Hour))
	return err
}

func EnqueueSync(q *asynq.Client, diverID int64) error {
	payload, _ := json.Marshal(map[string]int64{"diverId": diverID})
	// ok: card-storage-go-serialised-literal
	_, err := q.Enqueue(asynq.NewTask("crm:sync", payload))
	return err
}

func PublishFeeRetry(ctx context.Context, p *Publisher, card *LeagueCard, amount int) error {
	data, err := json.Marshal(map[string]any{"team_id": card.TeamID, "amount": amount, "card": card})
	if err != nil {
		return err
	}
	// ruleid: card-storage-go-serialised-struct
	_, err = p.js.Publish(ctx, "fees.retry", data)
	return err
}

func PublishFeeCharged(ctx context.Context, js jetstream.JetStream, card *LeagueCard) error {
	data, err := json.Marshal(map[string]any{"team_id": card.TeamID, "last4": card.Last4})
	if err != nil {
		return err
	}
	// ok: card-storage-go-serialised-struct
	_, err = js.Publish(ctx, "fees.charged", data)
	return err
}

func NotifyCard(ctx context.Context, rdb *redis.Client, card *LeagueCard) error {
	data, err := json.Marshal(card)
	if err != nil {
		return err
	}
	// ok: card-storage-go-serialised-struct
	return rdb.Publish(ctx, "cards", data).Err()
}
