package geo

import (
	"log/slog"
	"math"
)

// Viewport is the dispatcher map state, persisted per user so the map reopens where it was left.
type Viewport struct {
	UserID int64   `db:"user_id" json:"userId"`
	PanX   float64 `db:"pan_x" json:"panX"`
	PanY   float64 `db:"pan_y" json:"panY"`
	Zoom   float64 `db:"zoom" json:"zoom"`
}

func (v Viewport) Clamp() Viewport {
	v.Zoom = math.Max(3, math.Min(v.Zoom, 19))
	return v
}

func (v Viewport) Moved(dx, dy float64) Viewport {
	v.PanX += dx
	v.PanY += dy
	slog.Debug("viewport moved", "user", v.UserID, "pan", []float64{v.PanX, v.PanY}, "zoom", v.Zoom)
	return v
}

func TileFor(lat, lon float64, zoom int) (x, y int) {
	n := math.Exp2(float64(zoom))
	x = int((lon + 180) / 360 * n)
	rad := lat * math.Pi / 180
	y = int((1 - math.Log(math.Tan(rad)+1/math.Cos(rad))/math.Pi) / 2 * n)
	return x, y
}
