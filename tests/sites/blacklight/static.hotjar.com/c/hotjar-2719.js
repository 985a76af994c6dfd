// Stand-in session recorder in the style of the big replay tags: records clicks, key presses and what is
// typed into fields (masking only password fields), and ships it every 300 ms, long before any submit.
(function () {
  localStorage.setItem("_hjSessionUser_2719", JSON.stringify({id: "nw" + Date.now(), created: Date.now()}));
  sessionStorage.setItem("_hjSession_2719", JSON.stringify({id: "s" + Date.now()}));
  var buf = [], seq = 0;
  var sel = function (el) { return el.id ? "#" + el.id : el.tagName.toLowerCase(); };
  document.addEventListener("keydown", function (e) { buf.push({t: "key", s: sel(e.target), k: e.key.length === 1 ? "*" : e.key}); }, true);
  document.addEventListener("input", function (e) {
    var el = e.target; if (!el || !("value" in el)) return;
    buf.push({t: "input", s: sel(el), v: el.type === "password" ? "*".repeat(el.value.length) : el.value});
  }, true);
  document.addEventListener("click", function (e) { buf.push({t: "click", s: sel(e.target), x: e.clientX, y: e.clientY}); }, true);
  setInterval(function () {
    if (!buf.length) return;
    var batch = buf; buf = [];
    fetch("https://insights.hotjar.com/api/v2/client/sites/2719/visit-data?sv=6", {method: "POST", keepalive: true,
      headers: {"Content-Type": "text/plain"}, body: JSON.stringify({seq: seq++, url: location.href, events: batch})});
  }, 300);
})();
