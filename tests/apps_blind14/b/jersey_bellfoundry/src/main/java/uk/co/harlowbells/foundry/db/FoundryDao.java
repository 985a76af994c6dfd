package uk.co.harlowbells.foundry.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import uk.co.harlowbells.foundry.model.Commission;
import uk.co.harlowbells.foundry.model.Contact;

public interface FoundryDao {
    @SqlUpdate("INSERT INTO contacts (parish_id, full_name, email, phone, postal_address) VALUES (:parishId, :fullName, :email, :phone, :postalAddress)")
    @GetGeneratedKeys
    long insertContact(@BindMethods Contact contact);

    @SqlQuery("SELECT * FROM contacts WHERE parish_id = :parishId")
    @RegisterConstructorMapper(Contact.class)
    List<Contact> contactsFor(@Bind("parishId") long parishId);

    @SqlQuery("SELECT * FROM commissions WHERE id = :id")
    @RegisterConstructorMapper(Commission.class)
    Commission commission(@Bind("id") long id);

    @SqlUpdate("INSERT INTO instalment_cards (commission_id, steeplepay_token, card_last4, card_number, card_cvv, expiry) VALUES (:commissionId, :token, :last4, :number, :cvv, :expiry)")
    void insertCard(@BindMethods uk.co.harlowbells.foundry.model.InstalmentCard card);

    @SqlUpdate("UPDATE instalment_cards SET card_cvv = NULL WHERE commission_id = :id")
    void clearCvv(@Bind("id") long commissionId);

    @SqlQuery("SELECT steeplepay_token FROM instalment_cards WHERE commission_id = :id")
    String tokenFor(@Bind("id") long commissionId);
}
