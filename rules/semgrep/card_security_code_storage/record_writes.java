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
}
