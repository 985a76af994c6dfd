package tests

import (
	"strings"

	"github.com/revel/revel/testing"

	"ferncombe/app/models"
)

type ModelsTest struct {
	testing.TestSuite
}

func (t *ModelsTest) TestCustomerRefHidesContact() {
	ref := models.CustomerRef{ID: 7}
	t.Assert(!strings.Contains(ref.String(), "@"))
}

func (t *ModelsTest) TestHealth() {
	t.Get("/customers/1")
	t.AssertOk()
}
