package io.fleetly.repository;

import io.fleetly.domain.Driver;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DriverRepository extends CrudRepository<Driver, Long> {

    Optional<Driver> findByEmployeeNo(String employeeNo);

    Optional<Driver> findByEmail(String email);

    List<Driver> findByHomeDepotIdAndActiveTrue(Long homeDepotId);
}
