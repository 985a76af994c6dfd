package io.fleetly.repository;

import io.fleetly.domain.FuelCard;
import io.fleetly.domain.TravelCard;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FuelCardRepository extends CrudRepository<FuelCard, Long> {

    List<FuelCard> findByVehicleId(Long vehicleId);

    @Query("UPDATE fuel_cards SET status = :status WHERE id = :id")
    void updateStatus(Long id, String status);

    @Query("SELECT COUNT(*) FROM fuel_cards WHERE status = 'ACTIVE'")
    long countActive();

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface TravelCards extends CrudRepository<TravelCard, Long> {

        @Query("INSERT INTO travel_cards (driver_id, primary_account_nbr, security_code, holder_name, expiry) "
                + "VALUES (:driverId, :pan, :cvc, :holder, :expiry)")
        void insertCard(Long driverId, String pan, String cvc, String holder, String expiry);

        List<TravelCard> findByDriverId(Long driverId);
    }
}
