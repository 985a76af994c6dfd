// Stand-in anti-fraud agent doing canvas font fingerprinting: the same string measured with measureText in
// 70 font families, each over two generic fallbacks, and the widths posted home. No pixels are read back.
(function () {
  var FONTS = ["Agency FB", "Algerian", "Baskerville Old Face", "Bauhaus 93", "Bell MT", "Berlin Sans FB",
    "Bernard MT Condensed", "Blackadder ITC", "Bodoni MT", "Bradley Hand ITC", "Britannic Bold", "Broadway",
    "Brush Script MT", "Californian FB", "Calisto MT", "Castellar", "Centaur", "Chiller", "Colonna MT",
    "Cooper Black", "Copperplate Gothic", "Curlz MT", "Edwardian Script ITC", "Elephant", "Engravers MT",
    "Eras Bold ITC", "Felix Titling", "Footlight MT Light", "Forte", "Franklin Gothic", "Freestyle Script",
    "French Script MT", "Gabriola", "Gigi", "Gill Sans MT", "Gloucester MT", "Goudy Old Style", "Goudy Stout",
    "Haettenschweiler", "Harlow Solid", "Harrington", "High Tower Text", "Imprint MT Shadow", "Informal Roman",
    "Jokerman", "Juice ITC", "Kristen ITC", "Kunstler Script", "Magneto", "Maiandra GD", "Matura MT Script",
    "Mistral", "Modern No. 20", "Niagara Engraved", "Old English Text MT", "Onyx", "Parchment", "Playbill",
    "Poor Richard", "Ravie", "Rockwell", "Script MT Bold", "Showcard Gothic", "Snap ITC", "Stencil",
    "Tempus Sans ITC", "Tw Cen MT", "Viner Hand ITC", "Vivaldi", "Vladimir Script"];
  var ctx = document.createElement("canvas").getContext("2d"), text = "mmmmmmmmmmlli", widths = [];
  ctx.font = "72px monospace"; var base = ctx.measureText(text).width;
  ctx.font = "72px sans-serif"; var base2 = ctx.measureText(text).width;
  FONTS.forEach(function (f) {
    ctx.font = "72px '" + f + "', monospace"; var a = ctx.measureText(text).width !== base;
    ctx.font = "72px '" + f + "', sans-serif"; var b = ctx.measureText(text).width !== base2;
    widths.push(a || b ? 1 : 0);
  });
  navigator.sendBeacon("https://cdn.antifraud-example.net/afp/collect", widths.join(""));
})();
