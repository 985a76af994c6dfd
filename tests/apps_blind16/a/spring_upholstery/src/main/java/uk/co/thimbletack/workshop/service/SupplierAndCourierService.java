package uk.co.thimbletack.workshop.service;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import uk.co.thimbletack.workshop.domain.Customer;
import uk.co.thimbletack.workshop.domain.ReupholsterOrder;

@Service
public class SupplierAndCourierService {
    private static final Logger log = LoggerFactory.getLogger(SupplierAndCourierService.class);
    private final RestClient fabricSupplier;
    private final RestClient courier;

    public SupplierAndCourierService(@Qualifier("fabricSupplierClient") RestClient fabricSupplier,
                                     @Qualifier("courierClient") RestClient courier) {
        this.fabricSupplier = fabricSupplier;
        this.courier = courier;
    }

    public void orderFabric(ReupholsterOrder order, double metres) {
        fabricSupplier.post().uri("/orders")
                .body(Map.of("sku", order.getFabricCode(), "metres", metres, "reference", order.getId()))
                .retrieve().toBodilessEntity();
    }

    public void dropShipSwatches(Customer customer, String fabricCode) {
        fabricSupplier.post().uri("/swatches")
                .body(Map.of("sku", fabricCode,
                        "recipient", customer.getFullName(),
                        "address", customer.getCollectionAddress() + ", " + customer.getPostcode()))
                .retrieve().toBodilessEntity();
    }

    public void bookCollection(Customer customer, ReupholsterOrder order) {
        courier.post().uri("/jobs")
                .body(Map.of(
                        "pickup", Map.of("name", customer.getFullName(), "phone", customer.getPhone(),
                                "address", customer.getCollectionAddress()),
                        "date", order.getCollectionDate().toString(),
                        "reference", order.getId()))
                .retrieve().toBodilessEntity();
        log.info("collection booked for order {} on {}", order.getId(), order.getCollectionDate());
    }
}
