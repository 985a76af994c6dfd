// Sort, filter and search for the report's tables. Works on text already in the page: it only hides,
// shows and reorders rows, and never writes markup, so site-controlled text cannot become code here.
(function () {
  "use strict";
  var search = document.getElementById("search");
  var failingOnly = document.getElementById("failing-only");
  var statusBoxes = Array.prototype.slice.call(document.querySelectorAll("#status-filter input[name=status]"));
  var tables = Array.prototype.slice.call(document.querySelectorAll("table.data"));

  function wantedStatuses() {
    var wanted = {};
    statusBoxes.forEach(function (box) { if (box.checked) { wanted[box.value] = true; } });
    return wanted;
  }

  function apply() {
    var needle = (search.value || "").trim().toLowerCase();
    var wanted = wantedStatuses();
    tables.forEach(function (table) {
      var shown = 0;
      var rows = table.tBodies.length ? table.tBodies[0].rows : [];
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        var ok = !needle || row.textContent.toLowerCase().indexOf(needle) !== -1;
        if (ok && row.dataset.status !== undefined) {
          ok = wanted[row.dataset.status] === true && (!failingOnly.checked || row.dataset.gate === "failing");
        }
        row.hidden = !ok;
        if (ok) { shown++; }
      }
      var name = table.dataset.table;
      var counter = document.querySelector('.count[data-count-for="' + name + '"] .shown');
      if (counter) { counter.textContent = String(shown); }
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var value = cell.dataset.sortValue !== undefined ? cell.dataset.sortValue : cell.textContent.trim();
    var number = Number(value);
    return value !== "" && !isNaN(number) ? number : value.toLowerCase();
  }

  function sortBy(th) {
    var table = th.closest("table");
    var body = table.tBodies[0];
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      if (x === y) { return 0; }
      var less = typeof x === typeof y ? x < y : String(x) < String(y);
      return (less ? -1 : 1) * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  tables.forEach(function (table) {
    Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
      th.addEventListener("click", function () { sortBy(th); });
    });
  });
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 80); });
  statusBoxes.forEach(function (box) { box.addEventListener("change", apply); });
  failingOnly.addEventListener("change", apply);
  document.documentElement.dataset.ready = "1";
})();
