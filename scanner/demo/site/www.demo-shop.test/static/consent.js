/* Demo Shop consent manager: a custom banner with "Accept all" and "Reject all".
   The choice is kept as a record in localStorage (read by the tag container) and, when made on the banner,
   as the shop_consent cookie. A Global Privacy Control signal is honoured by recording a refusal without
   showing the banner.
   Deliberate flaw for the demo: the "Reject all" record predates the marketing category and leaves it out,
   so tags that only check `marketing !== false` still run after a refusal. */
(function () {
  var KEY = "shop_consent";
  var YEAR = 365 * 24 * 3600;
  window.dataLayer = window.dataLayer || [];

  function read() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }

  function save(record, fromBanner) {
    record.ts = new Date().toISOString();
    window.localStorage.setItem(KEY, JSON.stringify(record));
    if (fromBanner) {
      document.cookie = KEY + "=" + record.choice + "; path=/; max-age=" + YEAR + "; SameSite=Lax; Secure";
    }
    window.shopConsent = record;
    window.dataLayer.push({ event: "consent_update", consent: record });
  }

  function hideBanner() {
    var banner = document.getElementById("consent-banner");
    if (banner) banner.remove();
  }

  function showBanner() {
    if (document.getElementById("consent-banner")) return;
    var banner = document.createElement("div");
    banner.id = "consent-banner";
    banner.setAttribute("role", "dialog");
    banner.setAttribute("aria-label", "Cookie consent");
    banner.innerHTML =
      "<p>We use cookies to run the shop and, with your consent, for analytics and advertising. " +
      "See our <a href=\"/privacy.html\">privacy policy</a>.</p>" +
      "<button type=\"button\" id=\"consent-accept\">Accept all</button>" +
      "<button type=\"button\" id=\"consent-reject\" class=\"secondary\">Reject all</button>";
    document.body.appendChild(banner);
    document.getElementById("consent-accept").addEventListener("click", function () {
      save({ choice: "accepted", necessary: true, analytics: true, marketing: true, source: "banner" }, true);
      hideBanner();
    });
    document.getElementById("consent-reject").addEventListener("click", function () {
      save({ choice: "rejected", necessary: true, analytics: false, source: "banner" }, true);
      hideBanner();
    });
  }

  var record = read();
  if (!record && navigator.globalPrivacyControl === true) {
    save({ choice: "rejected", necessary: true, analytics: false, marketing: false, source: "gpc" }, false);
    record = window.shopConsent;
  }
  window.shopConsent = record;
  window.dataLayer.push({ event: "consent_default", consent: record });

  function ready() {
    if (!window.shopConsent) showBanner();
    var settings = document.getElementById("cookie-settings");
    if (settings) settings.addEventListener("click", function (ev) { ev.preventDefault(); showBanner(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
