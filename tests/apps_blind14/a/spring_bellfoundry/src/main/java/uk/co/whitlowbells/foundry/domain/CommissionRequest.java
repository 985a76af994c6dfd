package uk.co.whitlowbells.foundry.domain;

public record CommissionRequest(
        String fullName,
        String email,
        String phone,
        String parish,
        String postalAddress,
        int bellCount,
        Integer tenorWeightKg,
        String inscription,
        CardDetails card,
        boolean keepCardOnFile) {}
