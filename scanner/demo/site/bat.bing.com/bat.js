/* Demo advertising tag in the manner of Microsoft UET (hand-written, not Microsoft code): first-party
   _uetsid/_uetvid cookies and a localStorage copy, and a pageLoad event sent as an image request to
   bat.bing.com/action/0, which answers with the third-party MUID cookie. */
(function () {
  var TAG_ID = "187000000";
  function cookie(name) {
    var m = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return m ? m[1] : null;
  }
  function rand() { return Math.random().toString(16).slice(2, 14) + Math.random().toString(16).slice(2, 14); }
  var sid = cookie("_uetsid") || rand();
  var vid = cookie("_uetvid") || rand();
  document.cookie = "_uetsid=" + sid + "; path=/; max-age=86400; SameSite=Lax; Secure";
  document.cookie = "_uetvid=" + vid + "; path=/; max-age=" + 390 * 86400 + "; SameSite=Lax; Secure";
  try { window.localStorage.setItem("_uetsid", sid + "|" + Date.now()); } catch (e) { /* private mode */ }
  var params = { ti: TAG_ID, Ver: "2", mid: rand(), sid: sid, vid: vid, evt: "pageLoad",
                 p: location.href, r: document.referrer, tl: document.title, lg: navigator.language };
  var query = Object.keys(params).map(function (k) { return k + "=" + encodeURIComponent(params[k]); }).join("&");
  new Image().src = "https://bat.bing.com/action/0?" + query;
})();
