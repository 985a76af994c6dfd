package com.verminguard.field.clients;

import io.helidon.common.tls.Tls;
import io.helidon.config.Config;
import io.helidon.webclient.api.WebClient;

/** Builds the outbound WebClients once from the clients.* configuration. */
public class Clients {

    private final Gateway gateway;
    private final ZohoCrm zoho;
    private final CouncilReferrals council;
    private final DepotPrinter depotPrinter;
    private final BaitTelemetry bait;
    private final UetConversions uet;

    public Clients(Config cfg) {
        this.gateway = new Gateway(plain(cfg.get("gateway")), cfg.get("gateway.secret").asString().get());
        this.zoho = new ZohoCrm(plain(cfg.get("zoho")), cfg.get("zoho.token").asString().get());
        this.council = new CouncilReferrals(council(cfg.get("council")));
        this.depotPrinter = new DepotPrinter(plain(cfg.get("depot-printer")));
        this.bait = new BaitTelemetry(plain(cfg.get("bait-telemetry")));
        this.uet = new UetConversions(plain(cfg.get("uet")), cfg.get("uet.tag-id").asString().get(),
                cfg.get("uet.token").asString().get());
    }

    private static WebClient plain(Config c) {
        return WebClient.builder()
                .baseUri(c.get("uri").asString().get())
                .build();
    }

    private static WebClient council(Config c) {
        boolean trustAll = c.get("trust-all").asBoolean().orElse(true);
        return WebClient.builder()
                .baseUri(c.get("uri").asString().get())
                .tls(Tls.builder()
                        .trustAll(trustAll)
                        .endpointIdentificationAlgorithm(trustAll ? Tls.ENDPOINT_IDENTIFICATION_NONE : "HTTPS")
                        .build())
                .build();
    }

    public Gateway gateway() {
        return gateway;
    }

    public ZohoCrm zoho() {
        return zoho;
    }

    public CouncilReferrals council() {
        return council;
    }

    public DepotPrinter depotPrinter() {
        return depotPrinter;
    }

    public BaitTelemetry bait() {
        return bait;
    }

    public UetConversions uet() {
        return uet;
    }
}
