package org.lindenhall.subs.db;

import com.google.inject.Inject;
import org.lindenhall.subs.model.Patron;
import org.lindenhall.subs.model.Subscription;
import org.sql2o.Connection;
import org.sql2o.Sql2o;

import java.util.List;

public class PatronRepository {
    private final Sql2o sql2o;

    @Inject
    public PatronRepository(Sql2o sql2o) {
        this.sql2o = sql2o;
    }

    public long insert(String fullName, String email, String phone, String address, String postcode, String access) {
        try (Connection con = sql2o.open()) {
            return con.createQuery("INSERT INTO patrons (full_name, email, phone, address_line, postcode, access_needs) "
                            + "VALUES (:name, :email, :phone, :address, :postcode, :access)", true)
                    .addParameter("name", fullName).addParameter("email", email).addParameter("phone", phone)
                    .addParameter("address", address).addParameter("postcode", postcode).addParameter("access", access)
                    .executeUpdate().getKey(Long.class);
        }
    }

    public Patron find(long id) {
        try (Connection con = sql2o.open()) {
            return con.createQuery("SELECT id, full_name, email, phone, address_line, postcode, access_needs, created_at "
                            + "FROM patrons WHERE id = :id")
                    .addParameter("id", id)
                    .setAutoDeriveColumnNames(true)
                    .executeAndFetchFirst(Patron.class);
        }
    }

    public List<Subscription> dueForRenewal(String season) {
        try (Connection con = sql2o.open()) {
            return con.createQuery("SELECT * FROM subscriptions WHERE season = :season AND status = 'active'")
                    .addParameter("season", season)
                    .setAutoDeriveColumnNames(true)
                    .executeAndFetch(Subscription.class);
        }
    }
}
