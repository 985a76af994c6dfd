// Stand-in X (Twitter) conversion tag: a pageview to analytics.twitter.com and t.co, as uwt.js sends it.
(function () {
  var q = "txn_id=o8nw2&p_id=Twitter&tw_sale_amount=0&tw_order_quantity=0&events=" +
    encodeURIComponent(JSON.stringify([["pageview", {}]])) + "&tw_document_href=" + encodeURIComponent(location.href) +
    "&tw_iframe_status=0&type=javascript&version=2.3.29";
  new Image().src = "https://analytics.twitter.com/i/adsct?" + q;
  new Image().src = "https://t.co/i/adsct?" + q;
})();
