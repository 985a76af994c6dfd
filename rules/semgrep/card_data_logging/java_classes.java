// Candidates only: the scanner keeps a match when the class prints card data (scanner/code/classes.py).
public class EnrolmentResource {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentResource.class);

    public Response enrol(EnrolRequest request, @HeaderParam("X-Id") String requestId) {
        // ruleid: card-data-logging-java-card-class
        LOG.debug("payload {}", request);
        // ruleid: card-data-logging-java-card-class
        LOG.info("request " + requestId + ": " + request);
        // ruleid: card-data-logging-java-card-class
        log.warn("payload " + request.toString());
        // ok: card-data-logging-java-card-class
        LOG.info("request id {}", requestId);
        // ok: card-data-logging-java-card-class
        LOG.info("driver {}", request.driverId());
        return Response.ok().build();
    }
}
