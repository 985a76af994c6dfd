package com.clearwater.pools.billing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceCardRepository extends JpaRepository<ServiceCard, Long> {
    @Modifying
    @Query(value = "INSERT INTO service_cards (customer_id, pan, cvv, expiry, amount_pence) VALUES (:customerId, :pan, :cvv, :expiry, :amount)", nativeQuery = true)
    void insertOffline(long customerId, String pan, String cvv, String expiry, int amount);
}

interface CardOnFileRepository extends JpaRepository<CardOnFile, Long> {}
