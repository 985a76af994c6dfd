package com.cellardoor.tours.repo;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.cellardoor.tours.domain.Guest;

public interface GuestRepository extends JpaRepository<Guest, Long> {
    Optional<Guest> findByEmailIgnoreCase(String email);
}
