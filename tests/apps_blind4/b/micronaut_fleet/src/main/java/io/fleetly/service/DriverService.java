package io.fleetly.service;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.fleetly.client.TelematicsClient;
import io.fleetly.domain.Driver;
import io.fleetly.dto.DriverOnboardingRequest;
import io.fleetly.repository.DriverRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;

@Singleton
public class DriverService {

    private static final Logger LOG = LoggerFactory.getLogger(DriverService.class);

    private final DriverRepository drivers;
    private final TelematicsClient telematics;
    private final FuelCardService fuelCards;
    private final AnalyticsPublisher analytics;

    public DriverService(DriverRepository drivers, TelematicsClient telematics, FuelCardService fuelCards,
                         AnalyticsPublisher analytics) {
        this.drivers = drivers;
        this.telematics = telematics;
        this.fuelCards = fuelCards;
        this.analytics = analytics;
    }

    @Transactional
    public Driver onboard(DriverOnboardingRequest request) {
        LOG.info("onboarding request {}", request);
        Optional<Driver> existing = drivers.findByEmployeeNo(request.employeeNo());
        if (existing.isPresent()) {
            LOG.warn("driver already exists", kv("employeeNo", request.employeeNo()),
                    kv("driverId", existing.get().getId()));
            return existing.get();
        }
        Driver driver = new Driver();
        driver.setEmployeeNo(request.employeeNo());
        driver.setFullName(request.fullName());
        driver.setEmail(request.email());
        driver.setMobile(request.mobile());
        driver.setLicenceNumber(request.licenceNumber());
        driver.setHomeDepotId(request.homeDepotId());
        Driver saved = drivers.save(driver);
        MDC.put("driverId", String.valueOf(saved.getId()));
        LOG.info("driver onboarded", kv("driverId", saved.getId()), kv("depot", saved.getHomeDepotId()));
        LOG.info("welcome e-mail queued", kv("driverId", saved.getId()), kv("template", "d-7f1c2b9e0a"));

        if (request.travelCard() != null) {
            fuelCards.registerTravelCard(saved.getId(), request.travelCard());
        }
        analytics.driverOnboarded(saved);
        return saved;
    }

    public void assignVehicle(Driver driver, String vin) {
        telematics.assign(new TelematicsClient.DriverAssignment(
                vin, driver.getEmployeeNo(), driver.getFullName(), driver.getMobile()));
        LOG.info("vehicle assigned vin={} driverId={}", vin, driver.getId());
    }

    public void deactivate(Long driverId, String actor) {
        drivers.findById(driverId).ifPresent(d -> {
            d.setActive(false);
            drivers.update(d);
            LOG.info("driver deactivated {}", d);
        });
        LOG.info("audit: driver {} deactivated by user {}", driverId, actor);
    }
}
