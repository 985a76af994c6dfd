package com.lockside.hire.repo;

import com.lockside.hire.domain.Hirer;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HirerRepository extends JpaRepository<Hirer, Long> {
    Optional<Hirer> findByEmailIgnoreCase(String email);
}
