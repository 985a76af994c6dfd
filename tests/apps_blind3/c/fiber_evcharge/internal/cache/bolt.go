package cache

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

var (
	bucketTopUp    = []byte("pending_topups")
	bucketSessions = []byte("sessions")
)

type Store struct{ db *bolt.DB }

func Open(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketTopUp, bucketSessions} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	return &Store{db: db}, err
}

// PendingTopUp is kept when the PSP is unreachable so the charger can still start.
type PendingTopUp struct {
	DriverID   int    `json:"driver_id"`
	CardNumber string `json:"card_number"`
	CVC        string `json:"cvc"`
	ExpMonth   int    `json:"exp_month"`
	ExpYear    int    `json:"exp_year"`
	Amount     int    `json:"amount_cents"`
}

func (s *Store) SavePendingTopUp(p PendingTopUp) error {
	raw, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTopUp).Put([]byte(fmt.Sprintf("%d-%d", p.DriverID, time.Now().UnixNano())), raw)
	})
}

type SessionState struct {
	ChargerID string  `json:"charger_id"`
	DriverID  int     `json:"driver_id"`
	KWh       float64 `json:"kwh"`
	PSPRef    string  `json:"psp_ref"`
	Last4     string  `json:"last4"`
}

func (s *Store) SaveSession(id string, st SessionState) error {
	raw, _ := json.Marshal(st)
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSessions).Put([]byte(id), raw)
	})
}
