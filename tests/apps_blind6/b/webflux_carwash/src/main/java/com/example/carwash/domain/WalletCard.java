package com.example.carwash.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("wallet_cards")
public record WalletCard(
        @Id Long id,
        @Column("member_id") Long memberId,
        @Column("payment_method_id") String paymentMethodId,
        String brand,
        String last4,
        String expiry) {
}
