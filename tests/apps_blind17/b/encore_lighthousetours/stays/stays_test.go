package stays

import "testing"

func TestKeyedCardStringShowsLastFour(t *testing.T) {
	k := KeyedCard{Number: "378282246310005", Expiry: "11/27", CVC: "4321", Holder: "M. Trevail"}
	if got, want := k.String(), "M. Trevail card ending 0005"; got != want {
		t.Fatalf("got %q want %q", got, want)
	}
}
