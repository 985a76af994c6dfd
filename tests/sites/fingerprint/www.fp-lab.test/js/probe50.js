// Probes exactly 50 font families: 50 distinct font values set on a canvas and measured, and spans sized
// under each family over two generic fallbacks (which must count once). The published threshold is 50.
(function () {
  var names = [];
  for (var i = 0; i < 50; i++) names.push("Probe Family " + i);
  var ctx = document.createElement("canvas").getContext("2d");
  names.forEach(function (f) { ctx.font = "72px '" + f + "', monospace"; ctx.measureText("mmmmmmmmmmlli"); });
  window.addEventListener("DOMContentLoaded", function () {
    var s = document.createElement("span"); s.textContent = "mmmmmmmmmmlli"; document.body.appendChild(s);
    names.forEach(function (f) {
      ["monospace", "serif"].forEach(function (b) { s.style.fontFamily = "'" + f + "', " + b; void s.offsetWidth; void s.offsetHeight; });
    });
  });
})();
