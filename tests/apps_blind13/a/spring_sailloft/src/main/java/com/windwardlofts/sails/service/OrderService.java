package com.windwardlofts.sails.service;

import com.windwardlofts.sails.client.MeasuringVanClient;
import com.windwardlofts.sails.client.RiggerClient;
import com.windwardlofts.sails.domain.Customer;
import com.windwardlofts.sails.domain.SailOrder;
import com.windwardlofts.sails.logging.AuditLogger;
import com.windwardlofts.sails.mapper.CustomerMapper;
import com.windwardlofts.sails.mapper.SailOrderMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {
    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final CustomerMapper customers;
    private final SailOrderMapper orders;
    private final RiggerClient rigger;
    private final MeasuringVanClient van;
    private final MarketingService marketing;
    private final AuditLogger audit;

    public OrderService(CustomerMapper customers, SailOrderMapper orders, RiggerClient rigger, MeasuringVanClient van,
                        MarketingService marketing, AuditLogger audit) {
        this.customers = customers;
        this.orders = orders;
        this.rigger = rigger;
        this.van = van;
        this.marketing = marketing;
        this.audit = audit;
    }

    @Transactional
    public Customer registerCustomer(Customer c) {
        if (customers.findByEmail(c.getEmail()) != null) {
            throw new IllegalArgumentException("Customer " + c.getFullName() + " <" + c.getEmail() + "> is already registered");
        }
        customers.insert(c);
        audit.customerCreated(c);
        marketing.syncContact(c);
        return c;
    }

    @Transactional
    public SailOrder placeOrder(SailOrder order) {
        Customer owner = customers.findById(order.getCustomerId());
        orders.insert(order);
        MDC.put("customer", owner.getEmail());
        log.info("order placed {} for customer {}", order, owner.getId());
        audit.orderEvent("order.placed", order.getId(), owner.getId());
        rigger.createJob(new RiggerClient.RiggingJob(order.getId(), owner.getYachtName(), owner.getMarina(), owner.getFullName(), owner.getPhone(), order.getLuffMm()));
        van.scheduleVisit(Map.of("order", order.getId(), "marina", owner.getMarina(), "contact", owner.getFullName(), "phone", owner.getPhone()));
        return order;
    }
}
