package actions

import (
	"os"
	"testing"

	"github.com/gobuffalo/packr/v2"
	"github.com/gobuffalo/suite/v4"
)

type ActionSuite struct {
	*suite.Action
}

func Test_ActionSuite(t *testing.T) {
	action, err := suite.NewActionWithFixtures(App(), packr.New("Test_ActionSuite", "../fixtures"))
	if err != nil {
		t.Fatal(err)
	}
	as := &ActionSuite{Action: action}
	suite.Run(t, as)
}

func (as *ActionSuite) SetupTest() {
	as.Action.SetupTest()
	os.Setenv("PROCESSOR_URL", "http://127.0.0.1:9/never-called")
}

func (as *ActionSuite) Test_Healthz() {
	res := as.JSON("/healthz").Get()
	as.Equal(200, res.Code)
	as.Contains(res.Body.String(), "ok")
}
