package store

import (
	"github.com/upper/db/v4"
	"github.com/upper/db/v4/adapter/postgresql"
)

type Store struct {
	sess db.Session
}

func Open(settings postgresql.ConnectionURL) (*Store, error) {
	sess, err := postgresql.Open(settings)
	if err != nil {
		return nil, err
	}
	return &Store{sess: sess}, nil
}

func (s *Store) Customers() db.Collection  { return s.sess.Collection("customers") }
func (s *Store) PumpOuts() db.Collection   { return s.sess.Collection("pump_outs") }
func (s *Store) CabPayments() db.Collection { return s.sess.Collection("cab_payments") }

func (s *Store) CreateCustomer(c *Customer) error {
	return s.Customers().InsertReturning(c)
}

func (s *Store) Customer(id int64) (*Customer, error) {
	var c Customer
	err := s.Customers().Find(db.Cond{"id": id}).One(&c)
	return &c, err
}

func (s *Store) SaveCabPayment(p *CabPayment) error {
	return s.CabPayments().InsertReturning(p)
}

func (s *Store) MarkPaid(pumpOutID int64, token, last4 string) error {
	return s.PumpOuts().Find(db.Cond{"id": pumpOutID}).Update(map[string]interface{}{"status": "paid", "payment_token": token, "card_last4": last4})
}

func (s *Store) RecordDispute(pumpOutID int64, pan string) error {
	_, err := s.sess.SQL().Exec("INSERT INTO disputes (pump_out_id, card_pan, opened_at) VALUES ($1, $2, now())", pumpOutID, pan)
	return err
}

func (s *Store) PendingCabPayments() ([]CabPayment, error) {
	var out []CabPayment
	err := s.CabPayments().Find(db.Cond{"uploaded": false}).All(&out)
	return out, err
}
