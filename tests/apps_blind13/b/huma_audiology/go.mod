module github.com/clearnote/hearing-api

go 1.22

require (
	github.com/BurntSushi/toml v1.4.0
	github.com/charmbracelet/log v0.4.0
	github.com/danielgtaylor/huma/v2 v2.19.0
	github.com/go-co-op/gocron/v2 v2.5.0
	github.com/go-gorp/gorp/v3 v3.1.0
	github.com/hashicorp/go-retryablehttp v0.7.7
	github.com/lib/pq v1.10.9
)
