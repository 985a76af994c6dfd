package com.cellardoor.tours.repo;

import org.springframework.data.jpa.repository.JpaRepository;

import com.cellardoor.tours.domain.SavedCard;

public interface SavedCardRepository extends JpaRepository<SavedCard, Long> {
}
