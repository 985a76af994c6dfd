// Stand-in TikTok pixel: the _ttp first-party cookie and a Pageview event posted as JSON.
(function () {
  var m = document.cookie.match(/(?:^|; )_ttp=([^;]+)/);
  var ttp = m ? m[1] : "2Nw" + Math.random().toString(36).slice(2, 14);
  if (!m) document.cookie = "_ttp=" + ttp + "; path=/; max-age=33696000; SameSite=Lax";
  fetch("https://analytics.tiktok.com/api/v2/pixel", {method: "POST", credentials: "include", keepalive: true,
    headers: {"Content-Type": "text/plain"},
    body: JSON.stringify({event: "Pageview", message_id: "messageId-" + Date.now(), event_id: "",
      context: {pixel: {code: "CNW4TTK3"}, page: {url: location.href, referrer: document.referrer},
                user: {anonymous_id: ttp}, library: {name: "pixel.js", version: "2.2.1"}},
      properties: {}, timestamp: new Date().toISOString()})});
})();
