// Stand-in device-fingerprinting agent: a text canvas read back with toDataURL, then font probing by
// element widths (a span per font over three fallback families, widths compared with the fallback alone).
(function () {
  var run = function () {
  var FONTS = ["Andale Mono", "Arial", "Arial Black", "Arial Hebrew", "Arial MT", "Arial Narrow", "Arial Rounded MT Bold",
    "Arial Unicode MS", "Bitstream Vera Sans Mono", "Book Antiqua", "Bookman Old Style", "Calibri", "Cambria",
    "Cambria Math", "Century", "Century Gothic", "Century Schoolbook", "Comic Sans", "Comic Sans MS", "Consolas",
    "Courier", "Courier New", "Geneva", "Georgia", "Helvetica", "Helvetica Neue", "Impact", "Lucida Bright",
    "Lucida Calligraphy", "Lucida Console", "Lucida Fax", "LUCIDA GRANDE", "Lucida Handwriting", "Lucida Sans",
    "Lucida Sans Typewriter", "Lucida Sans Unicode", "Microsoft Sans Serif", "Monaco", "Monotype Corsiva",
    "MS Gothic", "MS Outlook", "MS PGothic", "MS Reference Sans Serif", "MS Sans Serif", "MS Serif", "MYRIAD",
    "MYRIAD PRO", "Palatino", "Palatino Linotype", "Segoe Print", "Segoe Script", "Segoe UI", "Segoe UI Light",
    "Segoe UI Semibold", "Segoe UI Symbol", "Tahoma", "Times", "Times New Roman", "Trebuchet MS", "Verdana", "Wingdings"];
  var BASE = ["monospace", "sans-serif", "serif"];
  var c = document.createElement("canvas"); c.width = 240; c.height = 60;
  var ctx = c.getContext("2d");
  ctx.textBaseline = "alphabetic"; ctx.fillStyle = "#f60"; ctx.fillRect(100, 1, 62, 20);
  ctx.fillStyle = "#069"; ctx.font = "11pt \"Times New Roman\""; ctx.fillText("Cwm fjordbank gly \ud83d\ude03", 2, 15);
  ctx.fillStyle = "rgba(102, 204, 0, 0.2)"; ctx.font = "18pt Arial"; ctx.fillText("Cwm fjordbank gly \ud83d\ude03", 4, 45);
  var canvasHash = c.toDataURL().length;
  var holder = document.createElement("div"); holder.style.cssText = "position:absolute;left:-9999px;font-size:72px";
  document.body.appendChild(holder);
  var span = function (family) {
    var s = document.createElement("span"); s.textContent = "mmmmmmmmmmlli"; s.style.fontFamily = family;
    holder.appendChild(s); return s;
  };
  var base = {}; BASE.forEach(function (b) { var s = span(b); base[b] = [s.offsetWidth, s.offsetHeight]; });
  var found = FONTS.filter(function (f) {
    return BASE.some(function (b) {
      var s = span("'" + f + "'," + b);
      return s.offsetWidth !== base[b][0] || s.offsetHeight !== base[b][1];
    });
  });
  holder.remove();
  navigator.sendBeacon("https://api.fpjs.io/?ci=js/3.4.2&q=nw-pub-77", JSON.stringify({c: canvasHash, f: found.length}));
  };
  if (document.body) run(); else document.addEventListener("DOMContentLoaded", run);
})();
