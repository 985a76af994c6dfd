package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"go.uber.org/zap"
)

// Part is a spare part in the workshop stock.
type Part struct {
	SKU      string
	Name     string
	Quantity int
	BinLoc   string
}

type PartsStore struct {
	db  *sql.DB
	log *zap.Logger
}

func NewPartsStore(db *sql.DB, log *zap.Logger) *PartsStore {
	return &PartsStore{db: db, log: log.Named("parts")}
}

func (s *PartsStore) Reserve(ctx context.Context, sku string, qty int, ticket string) error {
	start := time.Now()
	res, err := s.db.ExecContext(ctx,
		`UPDATE parts SET quantity = quantity - $1 WHERE sku = $2 AND quantity >= $1`, qty, sku)
	if err != nil {
		return fmt.Errorf("reserving %d x %s for %s: %w", qty, sku, ticket, err)
	}
	n, _ := res.RowsAffected()
	if n == 0 {
		s.log.Warn("insufficient stock", zap.String("sku", sku), zap.Int("qty", qty), zap.String("ticket", ticket))
		return fmt.Errorf("insufficient stock for %s", sku)
	}
	s.log.Info("parts reserved", zap.String("sku", sku), zap.Int("qty", qty), zap.String("ticket", ticket),
		zap.Duration("elapsed", time.Since(start)))
	return nil
}

func (s *PartsStore) LowStock(ctx context.Context, threshold int) ([]Part, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT sku, name, quantity, bin_loc FROM parts WHERE quantity < $1 ORDER BY quantity`, threshold)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Part
	for rows.Next() {
		var p Part
		if err := rows.Scan(&p.SKU, &p.Name, &p.Quantity, &p.BinLoc); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	s.log.Info("low stock report", zap.Int("threshold", threshold), zap.Int("parts", len(out)))
	return out, rows.Err()
}
