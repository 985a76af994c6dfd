/* The basket lives in a first-party cookie (a strictly necessary one) and the count in the header. */
(function () {
  function lines() {
    var m = document.cookie.match(/(?:^|; )cart=([^;]*)/);
    return m && m[1] ? decodeURIComponent(m[1]).split(",") : [];
  }
  function store(items) {
    document.cookie = "cart=" + encodeURIComponent(items.join(",")) + "; path=/; max-age=604800; SameSite=Lax; Secure";
  }
  function render() {
    var count = document.getElementById("cart-count");
    if (count) count.textContent = String(lines().length);
    var list = document.getElementById("cart-lines");
    if (list && lines().length) {
      list.innerHTML = "";
      lines().forEach(function (sku) {
        var li = document.createElement("li");
        li.textContent = sku;
        list.appendChild(li);
      });
    }
  }
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest && ev.target.closest(".add-to-cart");
    if (!button) return;
    var items = lines();
    items.push(button.getAttribute("data-sku"));
    store(items);
    render();
  });
  if (!lines().length) store([]);
  render();
})();
