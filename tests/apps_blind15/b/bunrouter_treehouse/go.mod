module github.com/canopyworks/treehouse

go 1.22

require (
	github.com/carlmjohnson/requests v0.24.2
	github.com/gocraft/dbr/v2 v2.7.6
	github.com/lib/pq v1.10.9
	github.com/phuslu/log v1.0.110
	github.com/redis/go-redis/v9 v9.6.1
	github.com/uptrace/bunrouter v1.0.22
	github.com/vmihailenco/taskq/v3 v3.2.9
	gopkg.in/yaml.v3 v3.0.1
)
