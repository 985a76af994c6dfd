package org.lindenhall.subs.logging;

import org.lindenhall.subs.model.Patron;
import org.slf4j.MDC;

public final class PatronMdc {
    private PatronMdc() {}

    public static void bind(Patron patron) {
        MDC.put("patronId", String.valueOf(patron.id()));
        MDC.put("patronEmail", patron.email());
    }

    public static void bindId(long patronId) {
        MDC.put("patronId", String.valueOf(patronId));
    }
}
