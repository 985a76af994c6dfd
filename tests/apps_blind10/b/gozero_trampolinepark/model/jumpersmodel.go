package model

import (
	"context"
	"fmt"
	"strconv"

	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

var ErrNotFound = sqlx.ErrNotFound

type Jumpers struct {
	Id           int64  `db:"id"`
	WaiverId     int64  `db:"waiver_id"`
	FirstName    string `db:"first_name"`
	LastName     string `db:"last_name"`
	DateOfBirth  string `db:"date_of_birth"`
	WristbandUid string `db:"wristband_uid"`
}

// String keeps log fields to the id and wristband: logx renders fmt.Stringer values with String().
func (j *Jumpers) String() string {
	return "jumper#" + strconv.FormatInt(j.Id, 10) + "/" + j.WristbandUid
}

type JumpersModel interface {
	InsertWaiver(ctx context.Context, name, email, phone, notes string, marketing bool) (int64, error)
	InsertJumper(ctx context.Context, j *Jumpers) (int64, error)
}

type defaultJumpersModel struct {
	conn sqlx.SqlConn
}

func NewJumpersModel(conn sqlx.SqlConn) JumpersModel {
	return &defaultJumpersModel{conn: conn}
}

func (m *defaultJumpersModel) InsertWaiver(ctx context.Context, name, email, phone, notes string, marketing bool) (int64, error) {
	res, err := m.conn.ExecCtx(ctx, "insert into `waivers` (`guardian_name`,`guardian_email`,`guardian_phone`,`medical_notes`,`marketing`) values (?, ?, ?, ?, ?)",
		name, email, phone, notes, marketing)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (m *defaultJumpersModel) InsertJumper(ctx context.Context, j *Jumpers) (int64, error) {
	query := fmt.Sprintf("insert into %s (`waiver_id`,`first_name`,`last_name`,`date_of_birth`,`wristband_uid`) values (?, ?, ?, ?, ?)", "`jumpers`")
	res, err := m.conn.ExecCtx(ctx, query, j.WaiverId, j.FirstName, j.LastName, j.DateOfBirth, j.WristbandUid)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
