package model

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
	"gorm.io/gorm"
)

type Customer struct {
	gorm.Model
	FullName     string `gorm:"size:160;not null"`
	Email        string `gorm:"size:200;uniqueIndex"`
	Phone        string `gorm:"size:32"`
	Address      string `gorm:"type:text"`
	GateCode     string `gorm:"size:16"`
	FreshdeskID  int64
	Tanks        []Tank
}

func (c Customer) String() string {
	return fmt.Sprintf("%s <%s> %s", c.FullName, c.Email, c.Address)
}

type Tank struct {
	gorm.Model
	CustomerID uint
	Litres     int
	Kind       string `gorm:"size:24"`
	LastVisit  *time.Time
}

func (t Tank) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddUint("id", t.ID)
	enc.AddInt("litres", t.Litres)
	enc.AddString("kind", t.Kind)
	return nil
}
