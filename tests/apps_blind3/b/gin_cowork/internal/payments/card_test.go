package payments

import "testing"

func TestLuhnValid(t *testing.T) {
	cases := map[string]bool{
		"4242424242424242": true,
		"5555555555554444": true,
		"378282246310005":  true,
		"4242424242424241": false,
		"1234":             false,
	}
	for number, want := range cases {
		if got := LuhnValid(number); got != want {
			t.Errorf("LuhnValid(%q) = %v, want %v", number, got, want)
		}
	}
}

func TestMask(t *testing.T) {
	if got := Mask("4000056655665556"); got != "400005******5556" {
		t.Fatalf("Mask = %q", got)
	}
}
