package com.example.carwash.domain;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("kiosk_offline_txn")
public class OfflineTxn {
    @Id
    private Long id;
    @Column("kiosk_id")
    private String kioskId;
    @Column("primary_account_number")
    private String primaryAccountNumber;
    private String cvn;
    @Column("amount_cents")
    private int amountCents;
    @Column("captured_at")
    private OffsetDateTime capturedAt;

    public OfflineTxn() {}

    public OfflineTxn(String kioskId, String primaryAccountNumber, String cvn, int amountCents) {
        this.kioskId = kioskId;
        this.primaryAccountNumber = primaryAccountNumber;
        this.cvn = cvn;
        this.amountCents = amountCents;
        this.capturedAt = OffsetDateTime.now();
    }

    public Long getId() { return id; }
    public String getKioskId() { return kioskId; }
    public String getPrimaryAccountNumber() { return primaryAccountNumber; }
    public String getCvn() { return cvn; }
    public int getAmountCents() { return amountCents; }
}
