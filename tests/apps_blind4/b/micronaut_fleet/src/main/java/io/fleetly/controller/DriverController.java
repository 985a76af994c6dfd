package io.fleetly.controller;

import io.fleetly.domain.Driver;
import io.fleetly.domain.FuelCard;
import io.fleetly.dto.DriverOnboardingRequest;
import io.fleetly.repository.DriverRepository;
import io.fleetly.repository.FuelCardRepository;
import io.fleetly.service.DriverService;
import io.fleetly.service.FuelCardService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

@Controller("/api/drivers")
@Secured("ROLE_DISPATCH")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DriverController {

    private static final Logger log = LoggerFactory.getLogger(DriverController.class);

    private final DriverService driverService;
    private final DriverRepository drivers;
    private final FuelCardService fuelCardService;
    private final FuelCardRepository fuelCards;

    public DriverController(DriverService driverService, DriverRepository drivers,
                            FuelCardService fuelCardService, FuelCardRepository fuelCards) {
        this.driverService = driverService;
        this.drivers = drivers;
        this.fuelCardService = fuelCardService;
        this.fuelCards = fuelCards;
    }

    @Post
    public HttpResponse<Map<String, Object>> onboard(@Body @Valid DriverOnboardingRequest body,
                                                     HttpRequest<?> request, Authentication auth) {
        log.info("POST /api/drivers from {} by {}", request.getRemoteAddress().getAddress().getHostAddress(),
                auth.getName());
        Driver driver = driverService.onboard(body);
        return HttpResponse.created(Map.of("id", driver.getId(), "employeeNo", driver.getEmployeeNo()));
    }

    @Get("/{id}")
    public HttpResponse<Driver> show(@PathVariable Long id) {
        return drivers.findById(id).map(HttpResponse::ok).orElseGet(() -> {
            log.info("driver {} not found", id);
            return HttpResponse.notFound();
        });
    }

    @Get("/lookup")
    public HttpResponse<Driver> lookup(@QueryValue String email) {
        log.info("driver lookup by email {}", email);
        return drivers.findByEmail(email).map(HttpResponse::ok).orElse(HttpResponse.notFound());
    }

    @Post("/{id}/fuel-cards")
    public FuelCard issueFuelCard(@PathVariable Long id, @QueryValue Long vehicleId, @QueryValue String plate,
                                  @QueryValue(defaultValue = "40000") int dailyLimitCents) {
        FuelCard card = fuelCardService.issue(vehicleId, id, plate, dailyLimitCents);
        drivers.findById(id).ifPresent(d -> fuelCardService.printCard(card, d.getFullName()));
        return card;
    }

    @Get("/{id}/fuel-cards")
    public List<FuelCard> fuelCardsOf(@PathVariable Long id, @QueryValue Long vehicleId) {
        List<FuelCard> cards = fuelCards.findByVehicleId(vehicleId);
        log.debug("listing {} fuel cards for vehicle {} (driver {})", cards.size(), vehicleId, id);
        return cards;
    }

    @Delete("/{id}")
    public HttpResponse<Void> deactivate(@PathVariable Long id, Authentication auth) {
        driverService.deactivate(id, auth.getName());
        return HttpResponse.noContent();
    }
}
