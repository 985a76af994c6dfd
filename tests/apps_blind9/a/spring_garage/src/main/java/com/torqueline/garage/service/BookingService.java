package com.torqueline.garage.service;

import com.torqueline.garage.client.GmsClient;
import com.torqueline.garage.domain.Booking;
import com.torqueline.garage.domain.Customer;
import com.torqueline.garage.domain.Repositories.BookingRepository;
import com.torqueline.garage.domain.Repositories.CustomerRepository;
import com.torqueline.garage.domain.Repositories.VehicleRepository;
import com.torqueline.garage.domain.Vehicle;
import com.torqueline.garage.logging.Audited;
import com.torqueline.garage.web.Dtos.BookingRequest;
import com.torqueline.garage.web.Dtos.CustomerRegistration;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Slf4j
@Service
@RequiredArgsConstructor
public class BookingService {
    private final CustomerRepository customers;
    private final VehicleRepository vehicles;
    private final BookingRepository bookings;
    private final GmsClient gms;
    private final ApplicationEventPublisher events;

    @Audited("customer.register")
    @Transactional
    public Customer registerCustomer(CustomerRegistration reg) {
        Customer customer = customers.findByEmailIgnoreCase(reg.email()).orElseGet(Customer::new);
        customer.setFirstName(reg.firstName());
        customer.setLastName(reg.lastName());
        customer.setEmail(reg.email());
        customer.setPhone(reg.phone());
        customer.setPostcode(reg.postcode());
        customer.setLicenceNumber(reg.licenceNumber());
        customers.save(customer);
        Vehicle vehicle = vehicles.findByRegistration(reg.registration()).orElseGet(Vehicle::new);
        vehicle.setRegistration(reg.registration());
        vehicle.setCustomer(customer);
        vehicles.save(vehicle);
        return customer;
    }

    @Transactional
    public Booking book(Long customerId, BookingRequest request) {
        Customer customer = customers.findById(customerId).orElseThrow();
        Vehicle vehicle = vehicles.findByRegistration(request.registration()).orElseThrow();
        if (!vehicle.getCustomer().getId().equals(customerId)) {
            throw new VehicleOwnershipException(request.registration(), customer);
        }
        Booking booking = new Booking();
        booking.setVehicle(vehicle);
        booking.setBranchCode(request.branchCode());
        booking.setServiceType(request.serviceType());
        booking.setSlotStart(request.slotStart());
        bookings.save(booking);
        booking.setGmsJobRef(gms.openJobCard(booking));
        boolean firstVisit = bookings.count() == 1;
        events.publishEvent(new BookingConfirmed(booking.getId(), customerId, firstVisit));
        log.debug("booking {} for vehicle {} customer {}", booking, vehicle, customer);
        return booking;
    }

    @Transactional
    public void cancel(Long bookingId) {
        bookings.findById(bookingId).ifPresent(b -> b.setStatus("CANCELLED"));
    }
}
