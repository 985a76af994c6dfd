module github.com/voltway/evcharge

go 1.22

require (
	entgo.io/ent v0.13.1
	github.com/gofiber/fiber/v2 v2.52.4
	go.etcd.io/bbolt v1.3.9
)
