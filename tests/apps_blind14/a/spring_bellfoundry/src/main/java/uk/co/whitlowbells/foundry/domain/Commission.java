package uk.co.whitlowbells.foundry.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("commission")
public record Commission(
        @Id Long id,
        Long customerId,
        int bellCount,
        Integer tenorWeightKg,
        String inscription,
        String depositToken,
        String depositLast4,
        String status) {

    @Override
    public String toString() {
        return "Commission[" + id + ", bells=" + bellCount + ", status=" + status + "]";
    }
}
