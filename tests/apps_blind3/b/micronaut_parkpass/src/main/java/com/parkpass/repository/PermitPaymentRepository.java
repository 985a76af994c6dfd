package com.parkpass.repository;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import com.parkpass.domain.Driver;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PermitPaymentRepository extends GenericRepository<Driver, Long> {

    @Query(value = """
            INSERT INTO permit_payment (driver_id, zone_code, amount_cents, card_bin, pan_encrypted, auth_code)
            VALUES (:driverId, :zone, :amountCents, :bin, pgp_sym_encrypt(:pan, :vaultKey), :authCode)
            """)
    void recordPayment(Long driverId, String zone, int amountCents, String bin, String pan, String vaultKey, String authCode);

    @Query("SELECT count(*) FROM permit_payment WHERE driver_id = :driverId")
    long countForDriver(Long driverId);
}
