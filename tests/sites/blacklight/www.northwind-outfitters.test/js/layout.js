// Look-alike, not font probing: shrink a headline until it fits, and check once whether a web font has
// loaded by comparing a span in the web font with its fallback (two families, many width reads).
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("fit"), size = 40;
  el.style.fontSize = size + "px"; el.style.whiteSpace = "nowrap"; el.style.display = "inline-block";
  while (el.offsetWidth > 320 && size > 10) { size -= 1; el.style.fontSize = size + "px"; }
  var probe = document.createElement("span"); probe.textContent = "BESbswy"; probe.style.position = "absolute";
  document.body.appendChild(probe);
  ["Lato, serif", "serif", "Lato, sans-serif", "sans-serif"].forEach(function (f) {
    probe.style.fontFamily = f; for (var i = 0; i < 10; i++) void probe.offsetWidth;
  });
  probe.remove();
});
