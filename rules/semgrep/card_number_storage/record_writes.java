class WalletResource {
    Response keep(long memberId, CardForm form) {
        StoredMethod method = new StoredMethod();
        method.setMemberId(memberId);
        // ruleid: card-number-record-write-java
        method.setCardNumber(form.number);
        // ok: card-number-record-write-java
        method.setCardLastFour(form.number.substring(form.number.length() - 4));
        methods.saveMethod(method);
        return Response.ok().build();
    }

    void activeRecord(CardForm form) {
        StoredMethod method = new StoredMethod();
        // ruleid: card-number-record-write-java
        method.setPan(form.number);
        method.persist();
    }

    Response gatewayOnly(CardForm form) {
        TokenRequest req = new TokenRequest();
        // ok: card-number-record-write-java
        req.setCardNumber(form.number);
        return paymentGateway.create(req);
    }

    public void syncVanSales(ObjectContext ctx, List<Sale> sales) {
        for (Sale s : sales) {
            VanSale v = ctx.newObject(VanSale.class);
            v.setVanId(s.vanId());
            // ruleid: card-number-record-write-java
            v.setPan(s.value());
        }
        ctx.commitChanges();
        ChargeRequest req = new ChargeRequest();
        // ok: card-number-record-write-java
        req.setPan(sales.get(0).value());
        gateway.charge(req);
    }
}
