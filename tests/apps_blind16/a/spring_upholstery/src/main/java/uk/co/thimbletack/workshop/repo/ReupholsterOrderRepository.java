package uk.co.thimbletack.workshop.repo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;
import uk.co.thimbletack.workshop.domain.ReupholsterOrder;

public interface ReupholsterOrderRepository extends MongoRepository<ReupholsterOrder, String> {
    List<ReupholsterOrder> findByStatus(String status);
}
