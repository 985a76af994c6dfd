// Command cinemactl is the operator tool: GDPR erasure of members and clean-up of the retry queue.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/rs/zerolog"

	"github.com/reelhouse/cinema/internal/config"
)

func main() {
	var (
		eraseID   = flag.Int64("erase-member", 0, "anonymise the member with this id")
		purgeDays = flag.Int("purge-retries-older-than", 0, "delete queued retries older than N days")
		dryRun    = flag.Bool("dry-run", false, "report only")
	)
	flag.Parse()

	cfg := config.Load()
	log := zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr}).With().Timestamp().Str("tool", "cinemactl").Logger()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatal().Err(err).Msg("connect")
	}
	defer pool.Close()

	switch {
	case *eraseID > 0:
		if err := eraseMember(ctx, pool, *eraseID, *dryRun); err != nil {
			log.Fatal().Err(err).Int64("member_id", *eraseID).Msg("erase failed")
		}
		log.Info().Int64("member_id", *eraseID).Bool("dry_run", *dryRun).Msg("member anonymised")
	case *purgeDays > 0:
		n, err := purgeRetries(ctx, pool, *purgeDays, *dryRun)
		if err != nil {
			log.Fatal().Err(err).Msg("purge failed")
		}
		log.Info().Int64("rows", n).Int("older_than_days", *purgeDays).Msg("retries purged")
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func eraseMember(ctx context.Context, pool *pgxpool.Pool, id int64, dryRun bool) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		placeholder := fmt.Sprintf("erased-%d@invalid", id)
		if _, err := tx.Exec(ctx,
			`UPDATE members SET email = $2, display_name = 'erased', phone = NULL, birth_date = NULL WHERE id = $1`,
			id, placeholder); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM stored_cards WHERE member_id = $1`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM card_tokens WHERE member_id = $1`, id); err != nil {
			return err
		}
		if dryRun {
			return fmt.Errorf("dry run: rolling back")
		}
		return nil
	})
}

func purgeRetries(ctx context.Context, pool *pgxpool.Pool, days int, dryRun bool) (int64, error) {
	if dryRun {
		var n int64
		err := pool.QueryRow(ctx,
			`SELECT count(*) FROM payment_retries WHERE created_at < now() - make_interval(days => $1)`, days).Scan(&n)
		return n, err
	}
	tag, err := pool.Exec(ctx, `DELETE FROM payment_retries WHERE created_at < now() - make_interval(days => $1)`, days)
	return tag.RowsAffected(), err
}
