package com.sunridge.solar.repo;

import com.sunridge.solar.model.Customer;
import com.sunridge.solar.model.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sql2o.Connection;
import org.sql2o.Sql2o;

public class CustomerRepository {
    private final Sql2o sql2o;

    public CustomerRepository(Sql2o sql2o) {
        this.sql2o = sql2o;
    }

    public long insert(String fullName, String email, String phone, String address, LocalDate dob) {
        try (Connection con = sql2o.open()) {
            return con.createQuery("INSERT INTO customers (full_name, email, phone, install_address, date_of_birth) "
                            + "VALUES (:fullName, :email, :phone, :address, :dob)", true)
                    .addParameter("fullName", fullName)
                    .addParameter("email", email)
                    .addParameter("phone", phone)
                    .addParameter("address", address)
                    .addParameter("dob", dob)
                    .executeUpdate()
                    .getKey(Long.class);
        }
    }

    public Optional<Customer> find(long id) {
        try (Connection con = sql2o.open()) {
            return Optional.ofNullable(con.createQuery("SELECT * FROM customers WHERE id = :id")
                    .addParameter("id", id)
                    .setAutoDeriveColumnNames(true)
                    .executeAndFetchFirst(Customer.class));
        }
    }

    public long insertQuote(long customerId, int panels, String model, Short azimuth, double kw, long priceCents) {
        try (Connection con = sql2o.open()) {
            return con.createQuery("INSERT INTO quotes (customer_id, panel_count, panel_model, roof_azimuth, system_kw, price_cents) "
                            + "VALUES (:c, :n, :m, :az, :kw, :p)", true)
                    .addParameter("c", customerId).addParameter("n", panels).addParameter("m", model)
                    .addParameter("az", azimuth).addParameter("kw", kw).addParameter("p", priceCents)
                    .executeUpdate().getKey(Long.class);
        }
    }

    public List<Quote> quotesScheduledOn(LocalDate day) {
        try (Connection con = sql2o.open()) {
            return con.createQuery("SELECT * FROM quotes WHERE status = 'scheduled' AND install_date = :d")
                    .addParameter("d", day)
                    .setAutoDeriveColumnNames(true)
                    .executeAndFetch(Quote.class);
        }
    }
}
