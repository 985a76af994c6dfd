{
	"id": "lighthouse-tours-x7k2",
	"lang": "go"
}
