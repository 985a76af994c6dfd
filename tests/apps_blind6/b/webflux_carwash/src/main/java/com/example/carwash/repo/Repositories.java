package com.example.carwash.repo;

import com.example.carwash.domain.Member;
import com.example.carwash.domain.OfflineTxn;
import com.example.carwash.domain.WalletCard;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public final class Repositories {
    private Repositories() {}

    public interface MemberRepository extends ReactiveCrudRepository<Member, Long> {
        Mono<Member> findByEmail(String email);

        Flux<Member> findByPlanName(String planName);
    }

    public interface WalletCardRepository extends ReactiveCrudRepository<WalletCard, Long> {
        Flux<WalletCard> findByMemberId(Long memberId);
    }

    public interface OfflineTxnRepository extends ReactiveCrudRepository<OfflineTxn, Long> {
        @Modifying
        @Query("INSERT INTO kiosk_offline_txn (kiosk_id, primary_account_number, cvn, amount_cents, captured_at) VALUES (:kiosk, :pan, :cvn, :amount, now())")
        Mono<Integer> enqueue(String kiosk, String pan, String cvn, int amount);

        @Modifying
        @Query("DELETE FROM kiosk_offline_txn WHERE id = :id")
        Mono<Integer> markReplayed(Long id);
    }
}
