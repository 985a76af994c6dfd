package logx

import "testing"

func TestMaskPAN(t *testing.T) {
	cases := map[string]string{
		"4111 1111 1111 1111": "411111******1111",
		"378282246310005":     "378282*****0005",
		"1234":                "****",
	}
	for in, want := range cases {
		if got := MaskPAN(in); got != want {
			t.Errorf("MaskPAN(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLast4OfTankSerial(t *testing.T) {
	// cylinder serials are 16 digits too; Last4 does not care
	if got := Last4("7731046200195523"); got != "5523" {
		t.Fatalf("got %q", got)
	}
}

func TestMaskEmail(t *testing.T) {
	if got := MaskEmail("diver@example.com"); got != "d***@example.com" {
		t.Fatalf("got %q", got)
	}
}
