package org.pawsclinic.jobs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.pawsclinic.core.Owner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pushes lab sample requests to the partner laboratory. */
public class LabSampleSync {
    private static final Logger LOG = LoggerFactory.getLogger(LabSampleSync.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String labUrl;

    public LabSampleSync(String labUrl) {
        this.labUrl = labUrl;
    }

    public void submit(Owner owner, String petName, String sampleId) throws Exception {
        String json = String.format(
            "{\"sample\":\"%s\",\"pet\":\"%s\",\"ownerName\":\"%s\",\"ownerPhone\":\"%s\"}",
            sampleId, petName, owner.getFullName(), owner.getPhone());
        HttpRequest request = HttpRequest.newBuilder(URI.create(labUrl))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        HttpResponse<String> resp = http.send(request, HttpResponse.BodyHandlers.ofString());
        LOG.info("lab sample {} submitted status={} elapsedMs={}", sampleId, resp.statusCode(), 0);
    }

    public void ping() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://labs.vetpartner.example/health")).GET().build();
        LOG.debug("lab partner health {}", http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
