/* Demo tag container GTM-DEMO42, hand-written for compliance-scanner's demo shop (not Google code).
   Like a real container it loads tags when their trigger and consent condition hold, and re-evaluates
   them whenever the site pushes a consent update to the dataLayer. The conditions reproduce common
   misconfigurations on purpose:
   - GA4 runs unless analytics was explicitly refused, so it fires before the visitor has chosen;
   - Microsoft UET checks only `marketing !== false`, so it runs after a "Reject all" that omits the key. */
(function () {
  var dl = (window.dataLayer = window.dataLayer || []);
  var fired = {};

  function consent() {
    if (window.shopConsent) return window.shopConsent;
    try { return JSON.parse(window.localStorage.getItem("shop_consent") || "null"); } catch (e) { return null; }
  }

  var tags = [
    { name: "GA4", src: "https://www.googletagmanager.com/gtag/js?id=G-DEMO12345",
      when: function (c) { return !(c && c.analytics === false); } },
    { name: "Meta Pixel", src: "https://connect.facebook.net/en_US/fbevents.js",
      when: function (c) { return !!(c && c.marketing === true); } },
    { name: "Hotjar", src: "https://static.hotjar.com/c/hotjar-3456789.js?sv=6",
      when: function (c) { return !!(c && c.analytics === true); } },
    { name: "Microsoft UET", src: "https://bat.bing.com/bat.js",
      when: function (c) { return !!c && c.marketing !== false; } }
  ];

  function load(src) {
    var s = document.createElement("script");
    s.async = true;
    s.src = src;
    document.head.appendChild(s);
  }

  function evaluate() {
    var c = consent();
    tags.forEach(function (tag) {
      if (!fired[tag.name] && tag.when(c)) {
        fired[tag.name] = true;
        load(tag.src);
      }
    });
  }

  var push = dl.push;
  dl.push = function () {
    var result = push.apply(dl, arguments);
    for (var i = 0; i < arguments.length; i++) {
      if (arguments[i] && arguments[i].event === "consent_update") evaluate();
    }
    return result;
  };
  evaluate();
})();
