/* A custom banner; an accepted choice loads the session-replay vendor (a slow server) at once. */
(function () {
  function load() {
    var s = document.createElement("script");
    s.src = "https://cdn.replay-vendor.test/replay.js";
    document.head.appendChild(s);
  }
  if (localStorage.getItem("steady_consent") === "yes") { load(); return; }
  document.addEventListener("DOMContentLoaded", function () {
    var banner = document.createElement("div");
    banner.id = "banner";
    banner.setAttribute("role", "dialog");
    banner.setAttribute("aria-label", "Cookie consent");
    banner.innerHTML = "<p>We use cookies for analytics.</p><button id='ok'>Accept all</button><button id='no'>Reject all</button>";
    document.body.appendChild(banner);
    document.getElementById("ok").addEventListener("click", function () {
      localStorage.setItem("steady_consent", "yes");
      document.cookie = "steady_consent=yes; path=/; max-age=86400";
      banner.remove();
      load();
    });
    document.getElementById("no").addEventListener("click", function () {
      localStorage.setItem("steady_consent", "no");
      document.cookie = "steady_consent=no; path=/; max-age=86400";
      banner.remove();
    });
  });
})();
