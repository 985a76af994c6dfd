module github.com/coinmere/vending

go 1.22

require (
	github.com/RichardKnop/machinery/v2 v2.0.13
	github.com/friendsofgo/errors v0.9.2
	github.com/go-kratos/kratos/v2 v2.8.2
	github.com/lib/pq v1.10.9
	github.com/volatiletech/null/v8 v8.1.2
	github.com/volatiletech/sqlboiler/v4 v4.16.2
	google.golang.org/protobuf v1.34.2
)
