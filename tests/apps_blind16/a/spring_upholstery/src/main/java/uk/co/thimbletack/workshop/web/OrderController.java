package uk.co.thimbletack.workshop.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;
import uk.co.thimbletack.workshop.domain.Customer;
import uk.co.thimbletack.workshop.domain.ReupholsterOrder;
import uk.co.thimbletack.workshop.repo.CustomerRepository;
import uk.co.thimbletack.workshop.repo.ReupholsterOrderRepository;
import uk.co.thimbletack.workshop.service.SupplierAndCourierService;
import uk.co.thimbletack.workshop.service.UetConversions;

@RestController
@RequestMapping("/api/orders")
public class OrderController {
    private static final Logger log = LoggerFactory.getLogger(OrderController.class);

    private final ReupholsterOrderRepository orders;
    private final CustomerRepository customers;
    private final SupplierAndCourierService logistics;
    private final UetConversions uet;

    public OrderController(ReupholsterOrderRepository orders, CustomerRepository customers,
                           SupplierAndCourierService logistics, UetConversions uet) {
        this.orders = orders;
        this.customers = customers;
        this.logistics = logistics;
        this.uet = uet;
    }

    public record QuoteRequest(String customerId, String pieceType, String fabricCode, BigDecimal quote,
                               String deliveryAddress, String deliveryContactPhone, String msclkid) {}

    @PostMapping
    public Map<String, String> quote(@RequestBody QuoteRequest req) {
        ReupholsterOrder order = new ReupholsterOrder();
        order.setCustomerId(req.customerId());
        order.setPieceType(req.pieceType());
        order.setFabricCode(req.fabricCode());
        order.setQuote(req.quote());
        order.setDeliveryAddress(req.deliveryAddress());
        order.setDeliveryContactPhone(req.deliveryContactPhone());
        ReupholsterOrder saved = orders.save(order);
        log.info("quote created {}", saved);
        Customer customer = customers.findById(req.customerId()).orElseThrow();
        logistics.dropShipSwatches(customer, req.fabricCode());
        if (req.msclkid() != null) {
            uet.bookingCallback(customer, req.msclkid());
        }
        return Map.of("id", saved.getId());
    }

    @PostMapping("/{id}/accept")
    public Map<String, String> accept(@PathVariable String id, @RequestParam LocalDate collectionDate) {
        ReupholsterOrder order = orders.findById(id).orElseThrow();
        order.setStatus("ACCEPTED");
        order.setCollectionDate(collectionDate);
        orders.save(order);
        Customer customer = customers.findById(order.getCustomerId()).orElseThrow();
        logistics.orderFabric(order, 6.5);
        logistics.bookCollection(customer, order);
        uet.quoteAccepted(customer, order.getId(), order.getQuote().doubleValue());
        log.info("order {} accepted, delivery to {} ({})", id, order.getDeliveryAddress(), order.getDeliveryContactPhone());
        return Map.of("status", order.getStatus());
    }
}
