module ferncombe

go 1.22

require (
	github.com/gojek/heimdall/v7 v7.0.3
	github.com/revel/modules v1.1.0
	github.com/revel/revel v1.1.0
	github.com/upper/db/v4 v4.9.0
)
