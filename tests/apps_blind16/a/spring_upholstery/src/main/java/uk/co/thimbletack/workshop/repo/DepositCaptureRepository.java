package uk.co.thimbletack.workshop.repo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;
import uk.co.thimbletack.workshop.domain.DepositCapture;

public interface DepositCaptureRepository extends MongoRepository<DepositCapture, String> {
    List<DepositCapture> findByAttemptsLessThan(int attempts);
}
