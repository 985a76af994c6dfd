package controllers

import (
	"github.com/revel/revel"

	"ferncombe/app/clients"
	"ferncombe/app/models"
	"ferncombe/app/store"
)

type Commissions struct {
	*revel.Controller
}

func (c Commissions) Create() revel.Result {
	var com models.Commission
	if err := c.Params.BindJSON(&com); err != nil {
		return c.RenderError(err)
	}
	var cust models.Customer
	if err := store.Customers().Find(com.CustomerID).One(&cust); err != nil {
		return c.NotFound("customer %d not found", com.CustomerID)
	}
	com.Status = "received"
	if _, err := store.Commissions().Insert(&com); err != nil {
		return c.RenderError(err)
	}
	c.Log.Info("commission received", "commission", com.ID, "species", com.Species)
	if err := clients.CreateLead(cust, com); err != nil {
		c.Log.Warn("close lead failed", "customer", cust.ID, "error", err)
	}
	if err := clients.SendHide(com, cust); err != nil {
		c.Log.Warn("tannery rejected hide", "commission", com.ID, "owner", cust.FullName, "address", cust.Address)
	}
	return c.RenderJSON(com)
}

func (c Commissions) Ready(id int64) revel.Result {
	var com models.Commission
	if err := store.Commissions().Find(id).One(&com); err != nil {
		return c.NotFound("commission %d not found", id)
	}
	var cust models.Customer
	_ = store.Customers().Find(com.CustomerID).One(&cust)
	if err := clients.SendReadyNotice(cust, com); err != nil {
		c.Log.Error("mailgun failed for "+cust.Email, "error", err)
	}
	c.Log.Info("ready notice sent", "commission", com.ID, "customer", models.CustomerRef{ID: cust.ID})
	return c.RenderJSON(map[string]string{"status": "ready"})
}
