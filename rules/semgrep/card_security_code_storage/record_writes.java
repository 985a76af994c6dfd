class WalletResource {
    Response keep(long memberId, CardForm form) {
        StoredMethod method = new StoredMethod();
        method.setMemberId(memberId);
        // ruleid: card-security-code-record-write-java
        method.setCvv(form.cvv);
        // ok: card-security-code-record-write-java
        method.setCvvToken(form.cvvToken);
        methods.saveMethod(method);
        return Response.ok().build();
    }

    void activeRecord(CardForm form) {
        StoredMethod method = new StoredMethod();
        // ruleid: card-security-code-record-write-java
        method.setCardCvc(form.cvc);
        method.persist();
    }

    Response gatewayOnly(CardForm form) {
        TokenRequest req = new TokenRequest();
        // ok: card-security-code-record-write-java
        req.setCvv(form.cvv);
        return paymentGateway.create(req);
    }

    public void syncVanSales(ObjectContext ctx, List<Sale> sales) {
        for (Sale s : sales) {
            VanSale v = ctx.newObject(VanSale.class);
            v.setVanId(s.vanId());
            // ruleid: card-security-code-record-write-java
            v.setCvv(s.value());
        }
        ctx.commitChanges();
        ChargeRequest req = new ChargeRequest();
        // ok: card-security-code-record-write-java
        req.setCvv(sales.get(0).value());
        gateway.charge(req);
    }
}
