/* Demo payments library in the manner of Stripe.js (hand-written, not Stripe code): it sets the
   first-party __stripe_mid and __stripe_sid fraud-prevention cookies and posts a device signal to
   m.stripe.com. Strictly necessary for payment, so it runs without consent. */
(function () {
  function cookie(name) {
    var m = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return m ? m[1] : null;
  }
  function uuid() {
    return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === "x" ? r : (r & 3 | 8)).toString(16);
    });
  }
  var mid = cookie("__stripe_mid") || uuid();
  document.cookie = "__stripe_mid=" + mid + "; path=/; max-age=31536000; SameSite=Strict; Secure";
  document.cookie = "__stripe_sid=" + (cookie("__stripe_sid") || uuid()) + "; path=/; max-age=1800; SameSite=Strict; Secure";
  fetch("https://m.stripe.com/6", {
    method: "POST", mode: "no-cors", keepalive: true,
    body: JSON.stringify({ muid: mid, url: location.origin, tz: new Date().getTimezoneOffset(), lang: navigator.language })
  });
  window.Stripe = function (key) {
    return { key: key, elements: function () { return { create: function () { return { mount: function () {} }; } }; } };
  };
})();
