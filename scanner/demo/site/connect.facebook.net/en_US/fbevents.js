/* Demo advertising pixel in the manner of the Meta pixel (hand-written, not Meta code): a first-party _fbp
   cookie, a PageView image request to www.facebook.com/tr, and "automatic advanced matching": it watches
   email fields, normalises the address and sends its SHA-256 as ud[em] with a Lead event. */
(function () {
  var PIXEL_ID = "1234567890123456";
  var NINETY_DAYS = 90 * 24 * 3600;

  function cookie(name) {
    var m = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return m ? m[1] : null;
  }
  var fbp = cookie("_fbp");
  if (!fbp) {
    fbp = "fb.1." + Date.now() + "." + Math.floor(Math.random() * 2147483647);
    document.cookie = "_fbp=" + fbp + "; path=/; max-age=" + NINETY_DAYS + "; SameSite=Lax; Secure";
  }

  function send(event, extra) {
    var params = { id: PIXEL_ID, ev: event, dl: location.href, rl: document.referrer, fbp: fbp,
                   ts: String(Date.now()), v: "2.9.200", r: "stable" };
    for (var k in extra) params[k] = extra[k];
    var query = Object.keys(params).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]);
    }).join("&");
    new Image().src = "https://www.facebook.com/tr/?" + query;
  }

  function sha256(text) {
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then(function (buf) {
      return Array.prototype.map.call(new Uint8Array(buf), function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
    });
  }

  var sent = {};
  var timer = null;
  function match(input) {
    var email = (input.value || "").trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(email) || sent[email]) return;
    sent[email] = true;
    sha256(email).then(function (hash) { send("Lead", { "ud[em]": hash }); });
  }
  function isEmailField(el) {
    return el && el.tagName === "INPUT" && (el.type === "email" || /mail/i.test(el.name || ""));
  }
  document.addEventListener("input", function (ev) {
    if (!isEmailField(ev.target)) return;
    clearTimeout(timer);
    var target = ev.target;
    timer = setTimeout(function () { match(target); }, 300);
  }, true);
  document.addEventListener("change", function (ev) { if (isEmailField(ev.target)) match(ev.target); }, true);
  document.addEventListener("submit", function (ev) {
    var fields = ev.target.querySelectorAll ? ev.target.querySelectorAll("input") : [];
    Array.prototype.forEach.call(fields, function (f) { if (isEmailField(f)) match(f); });
  }, true);

  window.fbq = function (cmd, event) { if (cmd === "track") send(event, {}); };
  send("PageView", {});
})();
