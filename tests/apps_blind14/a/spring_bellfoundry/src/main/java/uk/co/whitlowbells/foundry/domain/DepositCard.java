package uk.co.whitlowbells.foundry.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("deposit_card")
public record DepositCard(
        @Id Long id,
        Long commissionId,
        @Column("card_number") String cardNumber,
        @Column("cvv") String cvv,
        String expiry,
        String holderName) {}
