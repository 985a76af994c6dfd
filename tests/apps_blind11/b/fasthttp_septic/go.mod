module github.com/sludgeline/tankroute

go 1.22

require (
	github.com/dghubble/sling v1.4.2
	github.com/fasthttp/router v1.5.1
	github.com/gocraft/work v0.5.1
	github.com/gomodule/redigo v1.9.2
	github.com/hashicorp/go-hclog v1.6.3
	github.com/upper/db/v4 v4.9.0
	github.com/valyala/fasthttp v1.55.0
	gopkg.in/yaml.v3 v3.0.1
)
