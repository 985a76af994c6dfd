package uk.co.thimbletack.workshop.repo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;
import uk.co.thimbletack.workshop.domain.CardOnFile;

public interface CardOnFileRepository extends MongoRepository<CardOnFile, String> {
    List<CardOnFile> findByCustomerId(String customerId);
}
