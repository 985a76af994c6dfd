package migrations

import "gofr.dev/pkg/gofr/migration"

func All() map[int64]migration.Migrate {
	return map[int64]migration.Migrate{
		20250301101500: createClients(),
		20250412090000: addCardTables(),
	}
}
