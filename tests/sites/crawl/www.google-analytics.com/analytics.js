// A stand-in analytics tag: sets a first-party client id cookie and sends a measurement beacon.
(function () {
  var cid = "GA1.1." + Math.floor(Math.random() * 1e9) + "." + Math.floor(Date.now() / 1000);
  document.cookie = "_ga=" + cid + "; path=/; max-age=63072000; SameSite=Lax";
  var url = "https://www.google-analytics.com/g/collect?v=2&tid=G-THIN123&cid=" + encodeURIComponent(cid) +
    "&en=page_view&dl=" + encodeURIComponent(location.href);
  navigator.sendBeacon(url);
})();
