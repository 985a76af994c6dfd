package handlers

import (
	"testing"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/httptest"
)

func TestPhonePaymentRequiresStaffToken(t *testing.T) {
	app := iris.New()
	h := &Handler{}
	h.Register(app)
	e := httptest.New(t, app)

	e.POST("/office/jobs/42/phone-payment").
		WithJSON(map[string]any{
			"cardholder":   "Test Customer",
			"number":       "4111 1111 1111 1111",
			"expiry":       "1229",
			"cvv2":         "123",
			"amount_pence": 125000,
		}).
		Expect().Status(iris.StatusUnauthorized)
}

func TestCrewSheetUnknownVanNeedsAuth(t *testing.T) {
	app := iris.New()
	(&Handler{}).Register(app)
	httptest.New(t, app).POST("/office/crew-sheets/HV19ABC").Expect().Status(iris.StatusUnauthorized)
}
