package uk.pipeworks.organs.vendor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.log4j.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.pipeworks.organs.http.HttpClients;
import uk.pipeworks.organs.model.Parish;

/** Looks up whether a churchwarden is also a contact at a grant-giving trust. */
@ApplicationScoped
public class ApolloClient {

    private static final Logger LOG = Logger.getLogger(ApolloClient.class);

    @Inject
    HttpClients http;
    @Inject
    @ConfigProperty(name = "apollo.base-url")
    String baseUrl;

    public void matchWarden(Parish p) {
        String[] names = p.getWardenName().split(" ", 2);
        String url = baseUrl + "/people/match?email=" + URLEncoder.encode(p.getWardenEmail(), StandardCharsets.UTF_8)
                + "&first_name=" + URLEncoder.encode(names[0], StandardCharsets.UTF_8)
                + "&last_name=" + URLEncoder.encode(names.length > 1 ? names[1] : "", StandardCharsets.UTF_8);
        http.vendors().preparePost(url)
                .setHeader("x-api-key", System.getenv("APOLLO_KEY"))
                .execute()
                .toCompletableFuture()
                .thenAccept(r -> LOG.info("apollo match for parish " + p.getId() + " status " + r.getStatusCode()));
    }
}
