// Search as you type through a hosted search service: every keystroke in the search box is posted to it.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector("input[type=search]"), timer = null;
  if (!box) return;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch("https://northwind-dsn.algolia.net/1/indexes/*/queries?x-algolia-application-id=NORTHWIND", {
        method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded"},
        body: JSON.stringify({requests: [{indexName: "products", params: "query=" + encodeURIComponent(box.value) + "&hitsPerPage=5"}]})
      });
    }, 150);
  });
});
