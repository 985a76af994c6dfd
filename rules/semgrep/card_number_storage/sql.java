// SQL in JDBC strings: the column list and VALUES often sit in two concatenated literals.
class StoredCardDao {
    // ruleid: card-number-sql-insert
    private static final String SAVE = "INSERT INTO stored_card (owner_id, card_number, expiry) "
            + "VALUES (?, ?, ?)";

    // ok: card-number-sql-insert
    private static final String AUDIT = "INSERT INTO card_audit (owner_id, card_last4, action) "
            + "VALUES (?, ?, ?)";

    // ruleid: card-number-sql-update
    private static final String REISSUE = "UPDATE stored_card SET expiry = ?, card_number = ? WHERE id = ?";

    // ok: card-number-sql-update
    private static final String WIPE = "UPDATE stored_card SET card_number = NULL WHERE id = ?";

    // ok: card-number-sql-update
    private static final String ROTATE = "UPDATE stored_card SET card_token = ?, updated_at = now() WHERE id = ?";
}
