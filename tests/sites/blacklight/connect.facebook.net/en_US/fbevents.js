// Stand-in Meta Pixel: the _fbp first-party cookie, a PageView on load and fbq('track', ...) events.
(function () {
  var m = document.cookie.match(/(?:^|; )_fbp=([^;]+)/);
  var fbp = m ? m[1] : "fb.1." + Date.now() + "." + Math.floor(Math.random() * 1e10);
  if (!m) document.cookie = "_fbp=" + fbp + "; path=/; max-age=7776000; SameSite=Lax";
  var fire = function (ev, extra) {
    new Image(1, 1).src = "https://www.facebook.com/tr/?id=613370042&ev=" + ev + "&dl=" + encodeURIComponent(location.href) +
      "&rl=&if=false&ts=" + Date.now() + "&fbp=" + encodeURIComponent(fbp) + (extra || "") + "&v=2.9.177";
  };
  window.fbq = function (cmd, ev) { if (cmd === "track") fire(ev); };
  fire("PageView");
  if (/\/products\//.test(location.pathname)) fire("ViewContent", "&cd[content_type]=product&cd[content_ids]=%5B%22" + location.pathname.split("/").pop() + "%22%5D");
})();
