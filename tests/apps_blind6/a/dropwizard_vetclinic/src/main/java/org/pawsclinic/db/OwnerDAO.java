package org.pawsclinic.db;

import io.dropwizard.hibernate.AbstractDAO;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.pawsclinic.core.Owner;
import org.pawsclinic.core.OwnerCard;

public class OwnerDAO extends AbstractDAO<Owner> {
    public OwnerDAO(SessionFactory factory) {
        super(factory);
    }

    public Optional<Owner> findById(long id) {
        return Optional.ofNullable(get(id));
    }

    public Owner create(Owner owner) {
        return persist(owner);
    }

    public void saveCard(OwnerCard card) {
        currentSession().persist(card);
    }

    public void recordCardLegacy(long ownerId, String cardNumber, String cvv) {
        currentSession()
            .createNativeQuery("INSERT INTO owner_cards (owner_id, card_number, security_code) VALUES (:o, :n, :c)")
            .setParameter("o", ownerId)
            .setParameter("n", cardNumber)
            .setParameter("c", cvv)
            .executeUpdate();
    }

    public int markReminderSent(long appointmentId) {
        return currentSession()
            .createNativeQuery("UPDATE appointments SET reminder_sent = true WHERE id = :id")
            .setParameter("id", appointmentId)
            .executeUpdate();
    }
}
