// Evasion of per-canvas checks: the text is drawn on a scratch canvas, copied onto a second one with
// drawImage, and only the second is read back.
(function () {
  var a = document.createElement("canvas"); a.width = 220; a.height = 40;
  var x = a.getContext("2d"); x.font = "16px Arial"; x.fillStyle = "#069"; x.fillText("Cwm fjordbank glyphs vext quiz", 2, 20);
  var b = document.createElement("canvas"); b.width = 220; b.height = 40;
  b.getContext("2d").drawImage(a, 0, 0);
  b.toDataURL();
})();
