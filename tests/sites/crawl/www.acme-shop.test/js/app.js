// First-party app code: a first-party cookie written by script, web storage, a link added after load,
// a clicked <a ping>, and a fetch beacon to the analytics collector.
document.cookie = "recently_viewed=widget; path=/; max-age=2592000";
localStorage.setItem("cart_items", JSON.stringify([{sku: "W-1", qty: 2}]));
sessionStorage.setItem("visit_started", String(Date.now()));
indexedDB.open("acme-offline", 1);
window.addEventListener("DOMContentLoaded", function () {
  var a = document.createElement("a");
  a.href = "/script-only.html";
  a.textContent = "Deals";
  document.getElementById("dynamic").appendChild(a);
  document.getElementById("tracked").click();
  fetch("https://www.google-analytics.com/g/collect?v=2&tid=G-ACME&en=scroll", {method: "POST", body: "engagement_time_msec=1200&scroll=90", mode: "no-cors"});
});
