// Look-alike, not a fingerprint: an elevation chart with axis labels (text on a canvas that is never read
// back), a 12x12 badge that is read back but is too small to fingerprint, and label measuring in one font.
window.addEventListener("DOMContentLoaded", function () {
  var c = document.getElementById("elevation"), ctx = c.getContext("2d");
  ctx.font = "12px Georgia, serif"; ctx.fillStyle = "#333";
  var labels = ["Campo", "Idyllwild", "Big Bear", "Agua Dulce", "Tehachapi", "Kennedy Meadows", "Forester Pass",
                "Mammoth", "Tuolumne", "Sonora Pass", "Belden", "Burney", "Etna", "Ashland", "Crater Lake",
                "Cascade Locks", "Snoqualmie", "Stehekin", "Manning Park"];
  var x = 4;
  labels.forEach(function (l) { var w = ctx.measureText(l).width; ctx.fillText(l, x, 150); x += w / 3; });
  for (var i = 0; i < 40; i++) ctx.fillRect(i * 12, 140 - (i * 37) % 120, 10, 2);
  var badge = document.createElement("canvas"); badge.width = 12; badge.height = 12;
  var b = badge.getContext("2d"); b.fillStyle = "#c00"; b.fillText("3", 3, 10); b.fillStyle = "#fff";
  var link = document.createElement("link"); link.rel = "icon"; link.href = badge.toDataURL(); document.head.appendChild(link);
});
