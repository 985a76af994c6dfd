// Package queries embeds the named SQL statements used by the store.
package queries

import _ "embed"

//go:embed donations.sql
var SQL string
