package controllers

import (
	"encoding/json"
	"errors"

	"github.com/beego/beego/v2/core/logs"
	"golang.org/x/crypto/bcrypt"

	"github.com/bluewake/boatcharter/models"
	"github.com/bluewake/boatcharter/services"
)

type CustomerController struct {
	BaseController
}

type registerRequest struct {
	Email    string `json:"email"`
	FullName string `json:"full_name"`
	Phone    string `json:"phone"`
	Password string `json:"password"`
	Level    string `json:"sailing_level"`
}

func (c *CustomerController) Register() {
	var req registerRequest
	if err := json.Unmarshal(c.Ctx.Input.RequestBody, &req); err != nil {
		c.fail(400, "bad_json", err)
		return
	}
	logs.Debug("[%s] register request: %+v", c.requestID, req)
	exists, _ := models.Engine.Where("email = ?", req.Email).Exist(&models.Customer{})
	if exists {
		c.fail(409, "email_taken", errors.New("duplicate"))
		return
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	cust := &models.Customer{Email: req.Email, FullName: req.FullName, Phone: req.Phone, SailingLevel: req.Level,
		PasswordHash: string(hash)}
	if _, err := models.Engine.Insert(cust); err != nil {
		c.fail(500, "db", err)
		return
	}
	logs.Info("[%s] customer %d registered (level %s)", c.requestID, cust.Id, cust.SailingLevel)
	go services.IdentifyCustomer(cust)
	c.ok(map[string]int64{"id": cust.Id})
}
