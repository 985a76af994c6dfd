package com.tickwell.repairs.repo;

import com.tickwell.repairs.db.Database;
import com.tickwell.repairs.model.Customer;
import org.apache.commons.dbutils.handlers.ScalarHandler;

import java.sql.SQLException;

public class CustomerDao {
    public long insert(Customer c) throws SQLException {
        return Database.runner().insert(
                "INSERT INTO customers (full_name, email, phone, address) VALUES (?, ?, ?, ?)",
                new ScalarHandler<Long>(), c.fullName(), c.email(), c.phone(), c.address());
    }

    public Customer find(long id) throws SQLException {
        return Database.runner().query(
                "SELECT id, full_name, email, phone, address FROM customers WHERE id = ?",
                rs -> rs.next() ? new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)) : null,
                id);
    }

    public void linkTeamleader(long id, String teamleaderId) throws SQLException {
        Database.runner().update("UPDATE customers SET teamleader_id = ? WHERE id = ?", teamleaderId, id);
    }
}
