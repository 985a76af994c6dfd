package com.lockside.hire.repo;

import com.lockside.hire.domain.StoredCard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredCardRepository extends JpaRepository<StoredCard, Long> {
}
