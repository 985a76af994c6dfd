// Candidates only: the scanner keeps a match when the class prints personal data (scanner/code/classes.py).
public class EnrolmentResource {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentResource.class);

    public Response enrol(EnrolRequest request, @HeaderParam("X-Id") String requestId) {
        // ruleid: pii-logging-java-person-class
        LOG.debug("payload {}", request);
        // ruleid: pii-logging-java-person-class
        LOG.info("request " + requestId + ": " + request);
        // ruleid: pii-logging-java-person-class
        log.warn("payload " + request.toString());
        // ok: pii-logging-java-person-class
        LOG.info("request id {}", requestId);
        // ok: pii-logging-java-person-class
        LOG.info("driver {}", request.driverId());
        return Response.ok().build();
    }
}

class GarageExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(GarageExceptionHandler.class);

    public ResponseEntity<String> ownership(VehicleOwnershipException ex, String requestId) {
        // ruleid: pii-logging-java-person-class
        log.warn("Booking refused: {}", ex.getMessage());
        // ok: pii-logging-java-person-class
        log.warn("Booking refused for request {}", requestId);
        return ResponseEntity.status(409).build();
    }
}
