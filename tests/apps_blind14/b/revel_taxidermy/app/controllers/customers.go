package controllers

import (
	"github.com/revel/revel"

	"ferncombe/app/models"
	"ferncombe/app/store"
)

type Customers struct {
	*revel.Controller
}

func (c Customers) Create() revel.Result {
	var in models.Customer
	if err := c.Params.BindJSON(&in); err != nil {
		return c.RenderError(err)
	}
	c.Log.Info("creating customer", "customer", in)
	id, err := store.Customers().Insert(&in)
	if err != nil {
		c.Log.Error("customer insert failed", "email", in.Email, "cert", in.FirearmsCertNo, "error", err)
		return c.RenderError(err)
	}
	in.ID = id.ID().(int64)
	c.Log.Info("customer created", "customer", models.CustomerRef{ID: in.ID})
	c.Session["email"] = in.Email
	c.Response.Status = 201
	return c.RenderJSON(map[string]int64{"id": in.ID})
}

func (c Customers) Show(id int64) revel.Result {
	var cust models.Customer
	if err := store.Customers().Find(id).One(&cust); err != nil {
		return c.NotFound("customer %d not found", id)
	}
	c.Log.Debugf("showing %v", cust)
	return c.RenderJSON(cust)
}
