package payments

import "strings"

// LuhnValid reports whether number passes the mod-10 check.
func LuhnValid(number string) bool {
	digits := strings.ReplaceAll(number, " ", "")
	if len(digits) < 12 || len(digits) > 19 {
		return false
	}
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// Mask keeps the first six and last four digits.
func Mask(number string) string {
	if len(number) < 12 {
		return "****"
	}
	return number[:6] + strings.Repeat("*", len(number)-10) + number[len(number)-4:]
}
