/* Demo session-replay script in the manner of Hotjar (hand-written, not Hotjar code): session cookies,
   a storage probe, and a recorder that batches clicks, scrolls and form input to in.hotjar.com.
   It suppresses password and payment-card fields, but not email or name fields: the misconfiguration
   this demo shows (a replay vendor receiving what visitors type). */
(function () {
  var SITE_ID = 3456789;
  var now = Date.now();
  var YEAR = 365 * 24 * 3600;

  function setCookie(name, value, maxAge) {
    document.cookie = name + "=" + value + "; path=/; max-age=" + maxAge + "; SameSite=Lax; Secure";
  }
  var user = btoa(JSON.stringify({ id: Math.random().toString(16).slice(2, 18), created: now, existing: false }));
  if (document.cookie.indexOf("_hjSessionUser_" + SITE_ID) < 0) setCookie("_hjSessionUser_" + SITE_ID, user, YEAR);
  setCookie("_hjSession_" + SITE_ID, btoa(JSON.stringify({ id: String(now), c: now, s: 0, r: 0 })), 1800);
  try { window.sessionStorage.setItem("_hjSessionStorageTest", "1"); } catch (e) { /* private mode */ }
  try { window.localStorage.setItem("_hjLocalStorageTest", String(now)); } catch (e) { /* private mode */ }

  var queue = [];
  function suppressed(el) {
    var ac = (el.getAttribute("autocomplete") || "").toLowerCase();
    return el.type === "password" || ac.indexOf("cc-") === 0 || el.hasAttribute("data-hj-suppress");
  }
  document.addEventListener("click", function (ev) {
    queue.push({ t: "click", ts: Date.now(), x: ev.clientX, y: ev.clientY, target: ev.target.tagName });
  }, true);
  window.addEventListener("scroll", function () { queue.push({ t: "scroll", ts: Date.now(), y: window.scrollY }); });
  document.addEventListener("input", function (ev) {
    var el = ev.target;
    if (!el || el.tagName !== "INPUT" && el.tagName !== "TEXTAREA") return;
    var entry = { t: "input", ts: Date.now(), field: el.name || el.id, value: suppressed(el) ? "*".repeat(el.value.length) : el.value };
    var last = queue[queue.length - 1];
    // keystrokes in one field between two flushes are coalesced into its latest value
    if (last && last.t === "input" && last.field === entry.field) queue[queue.length - 1] = entry;
    else queue.push(entry);
  }, true);

  var endpoint = "https://in.hotjar.com/api/v2/client/sites/" + SITE_ID + "/recordings/content";
  function flush(useBeacon) {
    if (!queue.length) return;
    var body = JSON.stringify({ page: location.href, events: queue.splice(0) });
    if (useBeacon) navigator.sendBeacon(endpoint, body);
    else fetch(endpoint, { method: "POST", body: body, keepalive: true, mode: "no-cors" });
  }
  setInterval(function () { flush(false); }, 1000);
  window.addEventListener("pagehide", function () { flush(true); });
  queue.push({ t: "pageview", ts: now, url: location.href, w: innerWidth, h: innerHeight });
  flush(false);
})();
