package com.windwardlofts.sails.web;

import com.windwardlofts.sails.domain.Customer;
import com.windwardlofts.sails.service.OrderService;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {
    private static final Logger log = LoggerFactory.getLogger(CustomerController.class);
    private final OrderService orderService;

    public CustomerController(OrderService orderService) {
        this.orderService = orderService;
    }

    @PostMapping
    public Map<String, Object> register(@RequestBody Customer customer) {
        log.debug("register payload name={} email={} phone={}", customer.getFullName(), customer.getEmail(), customer.getPhone());
        Customer saved = orderService.registerCustomer(customer);
        log.info("customer registered id={}", saved.getId());
        return Map.of("id", saved.getId());
    }
}
