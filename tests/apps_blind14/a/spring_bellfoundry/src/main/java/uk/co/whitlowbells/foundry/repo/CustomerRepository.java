package uk.co.whitlowbells.foundry.repo;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import uk.co.whitlowbells.foundry.domain.Customer;

public interface CustomerRepository extends ListCrudRepository<Customer, Long> {
    Optional<Customer> findByEmail(String email);
}
