package co.vowsandco.planner.repository;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import co.vowsandco.planner.service.Couple;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class CoupleRepository {

    private final DSLContext dsl;

    public CoupleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String partnerOne, String partnerTwo, String email, String phone, String passwordHash) {
        return dsl.insertInto(table("couples"))
                .columns(field("partner_one"), field("partner_two"), field("email"), field("phone"), field("password_hash"))
                .values(partnerOne, partnerTwo, email, phone, passwordHash)
                .returningResult(field("id", Long.class))
                .fetchOne()
                .value1();
    }

    public Optional<Couple> findById(long id) {
        return dsl.select().from(table("couples")).where(field("id").eq(id)).fetchOptional().map(this::map);
    }

    public Optional<Couple> findByEmail(String email) {
        return dsl.select().from(table("couples")).where(field("email").eq(email)).fetchOptional().map(this::map);
    }

    public void linkHubspot(long id, String contactId) {
        dsl.update(table("couples")).set(field("hubspot_contact"), contactId).where(field("id").eq(id)).execute();
    }

    public List<String> guestAddresses(long weddingId) {
        return dsl.select(field("full_name", String.class), field("address", String.class))
                .from(table("guests"))
                .where(field("wedding_id").eq(weddingId))
                .fetch(r -> r.value1() + "\n" + r.value2());
    }

    private Couple map(Record r) {
        return new Couple(r.get("id", Long.class), r.get("partner_one", String.class), r.get("partner_two", String.class),
                r.get("email", String.class), r.get("phone", String.class));
    }
}
