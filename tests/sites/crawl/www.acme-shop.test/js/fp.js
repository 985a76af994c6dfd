// A fingerprinting script in the style found in the wild: a text canvas read back, then font probing.
(function () {
  var c = document.createElement("canvas");
  c.width = 240; c.height = 60;
  var ctx = c.getContext("2d");
  ctx.textBaseline = "top"; ctx.font = "14px Arial"; ctx.fillStyle = "#f60"; ctx.fillRect(125, 1, 62, 20);
  ctx.fillStyle = "#069"; ctx.fillText("Cwm fjordbank glyphs vext quiz, 1234", 2, 15);
  c.toDataURL();
  var fonts = [];
  for (var i = 0; i < 60; i++) fonts.push("Font" + i);
  var m = document.createElement("canvas").getContext("2d");
  fonts.forEach(function (f) { m.font = "72px " + f + ", monospace"; m.measureText("mmmmmmmmmmlli"); });
})();
