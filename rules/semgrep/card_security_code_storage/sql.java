class SwipeDao {
    // ruleid: card-security-code-sql-insert
    private static final String INSERT_SWIPE = "INSERT INTO swipe (card_id, card_no, cvv2, amount) "
            + "VALUES (?, ?, ?, ?)";

    // ok: card-security-code-sql-insert
    private static final String INSERT_AUDIT = "INSERT INTO swipe_audit (card_id, pan_last4) " + "VALUES (?, ?)";
}
