package config

import (
	"github.com/zeromicro/go-queue/dq"
	"github.com/zeromicro/go-zero/rest"
)

type Config struct {
	rest.RestConf
	Mysql struct {
		DataSource string
	}
	CaptureDq dq.DqConf
	Gateway   struct {
		BaseURL string
		Secret  string
	}
	PartyHost struct {
		BaseURL string
	}
	Schools struct {
		BaseURL    string
		SkipVerify bool `json:",default=true"`
	}
	Turnstile struct {
		BaseURL string
	}
	Loops struct {
		APIKey string
	}
}
