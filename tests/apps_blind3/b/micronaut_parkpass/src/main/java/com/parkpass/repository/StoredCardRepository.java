package com.parkpass.repository;

import com.parkpass.domain.StoredCard;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredCardRepository extends CrudRepository<StoredCard, Long> {

    List<StoredCard> findByDriverId(Long driverId);

    @Query("UPDATE stored_card SET pan = :pan, exp_month = :expMonth, exp_year = :expYear, last4 = :last4 WHERE id = :id")
    void replaceCard(Long id, String pan, short expMonth, short expYear, String last4);

    @Query("SELECT id, driver_id, last4, card_brand, gateway_token FROM stored_card WHERE gateway_token = :token")
    List<StoredCard> findByToken(String token);
}
