package uk.kerbside.tyres.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VanSyncServiceTest {
    @Test
    void recordsCarryOnlyWhatTheTerminalSent() {
        var sale = new VanSyncService.OfflineSale("PAN-REDACTED-IN-FIXTURE", "08/29", "***", 8450);
        assertEquals(8450, sale.amountPence());
        assertEquals(List.of(sale), List.of(new VanSyncService.OfflineSale("PAN-REDACTED-IN-FIXTURE", "08/29", "***", 8450)));
    }
}
