// A stand-in Meta Pixel: sets the _fbp first-party cookie and fires a PageView image pixel.
(function () {
  var fbp = "fb.1." + Date.now() + "." + Math.floor(Math.random() * 1e10);
  document.cookie = "_fbp=" + fbp + "; path=/; max-age=7776000; SameSite=Lax";
  var img = new Image(1, 1);
  img.src = "https://www.facebook.com/tr?id=998877&ev=PageView&dl=" + encodeURIComponent(location.href) +
    "&fbp=" + encodeURIComponent(fbp) + "&it=" + Date.now();
})();
