package main

import (
	"log"

	"go.uber.org/zap"
)

func signup(r *http.Request, user User, logger *zap.Logger, sugar *zap.SugaredLogger) {
	email := r.FormValue("email")
	// ruleid: pii-logging-go
	log.Printf("new signup %s", email)
	// ruleid: pii-logging-go
	logger.Info("signup", zap.String("phone", user.PhoneNumber))
	// ruleid: pii-logging-go
	sugar.Infow("signup", "dob", user.DateOfBirth)
	// ruleid: pii-logging-go
	logrus.WithField("email", user.Email).Info("signup")
	// ok: pii-logging-go
	log.Printf("signup %d", user.ID)
	// ok: pii-logging-go
	log.Printf("signup %s", maskEmail(email))
	// ok: pii-logging-go
	log.Printf("email length %d", len(email))
	// ruleid: pii-logging-go-whole-object
	log.Printf("updated %+v", user)
	// ok: pii-logging-go-whole-object
	log.Printf("updated %d", user.ID)
	// ruleid: pii-logging-go-ip-with-identity
	log.Printf("login %s from %s", user.Username, r.RemoteAddr)
	// ok: pii-logging-go-ip-with-identity
	log.Printf("request from %s", r.RemoteAddr)
}
