package com.verminguard.field.customer;

import java.util.Optional;

import io.helidon.dbclient.DbClient;

public class CustomerRepository {

    private static final System.Logger LOGGER = System.getLogger(CustomerRepository.class.getName());

    private final DbClient db;

    public CustomerRepository(DbClient db) {
        this.db = db;
    }

    public long insert(CustomerInput in) {
        long id = db.execute().createNamedGet("insert-customer")
                .addParam("name", in.name())
                .addParam("email", in.email())
                .addParam("phone", in.phone())
                .addParam("address", in.address())
                .addParam("postcode", in.postcode())
                .addParam("siteType", in.siteType())
                .addParam("accessNotes", in.accessNotes())
                .execute()
                .orElseThrow()
                .column("id").get(Long.class);
        LOGGER.log(System.Logger.Level.DEBUG, "inserted customer {0}: {1}", id, in);
        return id;
    }

    public Optional<Customer> find(long id) {
        return db.execute().namedGet("select-customer", id).map(Customer::from);
    }
}
