package uk.co.harlowbells.foundry.vendor;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;
import uk.co.harlowbells.foundry.model.Contact;

public class FeatureFlags {
    private final LDClient client;

    public FeatureFlags(LDClient client) {
        this.client = client;
    }

    public boolean showsTuningUpsell(Contact contact) {
        LDContext context = LDContext.builder("contact-" + contact.id())
                .set("parishId", contact.parishId())
                .build();
        return client.boolVariation("tuning-upsell", context, false);
    }

    public boolean instalmentsEnabled(Contact contact) {
        LDContext ctx = LDContext.builder(contact.email())
                .name(contact.fullName())
                .set("email", contact.email())
                .set("phone", contact.phone())
                .build();
        return client.boolVariation("instalment-plans", ctx, false);
    }

    public void trackQuoteAccepted(Contact contact, long commissionId) {
        LDContext ctx = LDContext.builder("contact-" + contact.id()).privateAttributes("parishId").set("parishId", contact.parishId()).build();
        client.track("quote-accepted", ctx);
    }
}
