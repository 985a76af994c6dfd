// Fingerprinting inside a blank iframe the script creates (as some agents do to get a clean realm): spans
// sized under 60 font families, and a text canvas read back, all through the iframe's own prototypes.
window.addEventListener("DOMContentLoaded", function () {
  var frame = document.createElement("iframe"); frame.style.cssText = "position:absolute;left:-9999px";
  document.body.appendChild(frame);
  var doc = frame.contentWindow.document;
  doc.open(); doc.write("<!doctype html><html><body></body></html>"); doc.close();
  var s = doc.createElement("span"); s.textContent = "mmmmmmmmmmlli"; doc.body.appendChild(s);
  for (var i = 0; i < 60; i++) { s.style.fontFamily = "'Frame Family " + i + "', monospace"; void s.offsetWidth; }
  var c = doc.createElement("canvas"); c.width = 200; c.height = 40;
  var x = c.getContext("2d"); x.fillStyle = "#069"; x.fillText("Cwm fjordbank glyphs vext quiz", 2, 20);
  c.toDataURL();
});
