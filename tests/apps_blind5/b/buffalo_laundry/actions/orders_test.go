package actions

import (
	"net/http"

	"github.com/freshfold/laundry/models"
)

func (as *ActionSuite) Test_OrdersCreate_WithNewCard() {
	as.LoadFixture("customers and cards")
	res := as.JSON("/api/orders").Post(map[string]string{
		"service":     "wash_fold",
		"card_number": "4000002500003155",
		"exp":         "12/30",
		"cvc":         "123",
	})
	as.Equal(http.StatusCreated, res.Code)
	count, err := as.DB.Count(&models.PaymentCard{})
	as.NoError(err)
	as.Equal(2, count)
}
