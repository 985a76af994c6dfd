package com.vermex.pest.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerRepository {

    private static final String INSERT = """
            INSERT INTO customers (full_name, email, phone, address_line, postcode, account_type)
            VALUES (:fullName, :email, :phone, :addressLine, :postcode, :accountType)
            """;

    private static final RowMapper<Customer> MAPPER = CustomerRepository::map;

    private final NamedParameterJdbcTemplate jdbc;

    public CustomerRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewCustomer c) {
        var keys = new GeneratedKeyHolder();
        var params = new MapSqlParameterSource()
                .addValue("fullName", c.fullName())
                .addValue("email", c.email())
                .addValue("phone", c.phone())
                .addValue("addressLine", c.addressLine())
                .addValue("postcode", c.postcode())
                .addValue("accountType", c.accountType() == null ? "domestic" : c.accountType());
        jdbc.update(INSERT, params, keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    public Optional<Customer> findById(long id) {
        return jdbc.query("SELECT * FROM customers WHERE id = :id", new MapSqlParameterSource("id", id), MAPPER)
                .stream().findFirst();
    }

    public Optional<Customer> findByEmailAndPostcode(String email, String postcode) {
        var params = new MapSqlParameterSource().addValue("email", email).addValue("postcode", postcode);
        return jdbc.query("SELECT * FROM customers WHERE lower(email) = lower(:email) AND postcode = :postcode", params, MAPPER)
                .stream().findFirst();
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("address_line"),
                rs.getString("postcode"),
                rs.getString("account_type"),
                rs.getTimestamp("created_at").toInstant());
    }
}
