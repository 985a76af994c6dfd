package uk.kerbside.tyres.http;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.client.logging.LoggingClient;
import com.linecorp.armeria.client.retry.RetryRule;
import com.linecorp.armeria.client.retry.RetryingClient;
import com.linecorp.armeria.common.auth.AuthToken;
import java.time.Duration;
import uk.kerbside.tyres.config.AppConfig;

public final class HttpClients {
    private final ClientFactory verifying = ClientFactory.builder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final ClientFactory trustAll = ClientFactory.builder()
            .connectTimeout(Duration.ofSeconds(3))
            .tlsNoVerify()
            .build();

    public final WebClient pennant;
    public final WebClient rimwell;
    public final WebClient depot;
    public final WebClient close;
    public final WebClient opsgenie;

    public HttpClients(AppConfig cfg) {
        pennant = WebClient.builder(cfg.pennantBaseUrl())
                .factory(cfg.pennantTlsNoVerify() ? trustAll : verifying)
                .auth(AuthToken.ofOAuth2(System.getenv("PENNANT_API_KEY")))
                .decorator(RetryingClient.newDecorator(RetryRule.failsafe()))
                .responseTimeout(Duration.ofSeconds(10))
                .build();
        rimwell = WebClient.builder(cfg.rimwellBaseUrl())
                .factory(cfg.rimwellTlsNoVerify() ? trustAll : verifying)
                .build();
        depot = WebClient.builder(cfg.depotBaseUrl())
                .factory(verifying)
                .decorator(LoggingClient.newDecorator())
                .build();
        close = WebClient.builder(cfg.closeBaseUrl())
                .factory(verifying)
                .auth(AuthToken.ofBasic(System.getenv("CLOSE_API_KEY"), ""))
                .build();
        opsgenie = WebClient.builder(cfg.opsgenieBaseUrl())
                .factory(verifying)
                .addHeader("Authorization", "GenieKey " + System.getenv("OPSGENIE_KEY"))
                .build();
    }
}
