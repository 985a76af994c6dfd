package io.fleetly.service;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.v;

import io.fleetly.client.FuelNetClient;
import io.fleetly.domain.FuelCard;
import io.fleetly.domain.TravelCard;
import io.fleetly.dto.DriverOnboardingRequest.TravelCardInput;
import io.fleetly.dto.IssueFuelCardCommand;
import io.fleetly.repository.FuelCardRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Singleton
public class FuelCardService {

    private static final Logger log = LoggerFactory.getLogger(FuelCardService.class);

    private final FuelCardRepository fuelCards;
    private final FuelCardRepository.TravelCards travelCards;
    private final FuelNetClient fuelNet;
    private final HttpClient embosser;
    private final AnalyticsPublisher analytics;

    public FuelCardService(FuelCardRepository fuelCards,
                           FuelCardRepository.TravelCards travelCards,
                           FuelNetClient fuelNet,
                           @Client("http://embosser.depot-7.fleetly.lan:8081") HttpClient embosser,
                           AnalyticsPublisher analytics) {
        this.fuelCards = fuelCards;
        this.travelCards = travelCards;
        this.fuelNet = fuelNet;
        this.embosser = embosser;
        this.analytics = analytics;
    }

    @Transactional
    public FuelCard issue(Long vehicleId, Long driverId, String plate, int dailyLimitCents) {
        FuelNetClient.IssuedCard issued;
        try {
            issued = fuelNet.issue(new IssueFuelCardCommand(vehicleId, driverId, plate, dailyLimitCents));
        } catch (HttpClientResponseException e) {
            log.error("FuelNet refused card issue", kv("vehicleId", vehicleId), kv("status", e.getStatus().getCode()));
            throw e;
        }
        FuelCard card = new FuelCard();
        card.setVehicleId(vehicleId);
        card.setDriverId(driverId);
        card.setFuelnetCardRef(issued.cardRef());
        card.setLastFour(issued.lastFour());
        card.setExpiresOn(issued.expiresOn());
        card.setCardNo(issued.cardNumber());
        card.setDailyLimitCents(dailyLimitCents);
        FuelCard saved = fuelCards.save(card);
        log.info("fuel card issued", kv("fuelCardId", saved.getId()), kv("vehicleId", vehicleId),
                kv("cardRef", issued.cardRef()), kv("lastFour", issued.lastFour()));
        analytics.fuelCardIssued(vehicleId, driverId);
        return saved;
    }

    public void printCard(FuelCard card, String driverName) {
        Map<String, Object> job = Map.of(
                "cardRef", card.getFuelnetCardRef(),
                "embossLine1", driverName,
                "embossNumber", card.getCardNo(),
                "expires", card.getExpiresOn());
        embosser.toBlocking().exchange(HttpRequest.POST("/jobs", job));
        log.info("emboss job sent", kv("fuelCardId", card.getId()), kv("driverId", card.getDriverId()));
    }

    @Transactional
    public TravelCard registerTravelCard(Long driverId, TravelCardInput input) {
        String pan = input.cardNumber().replaceAll("\\s", "");
        travelCards.insertCard(driverId, pan, input.cvc(), input.holderName(), input.expiry());
        log.info("travel card registered {} {}", v("driverId", driverId),
                v("card", "**** " + pan.substring(pan.length() - 4)));
        return travelCards.findByDriverId(driverId).get(0);
    }

    public void block(FuelCard card, String reason) {
        fuelNet.block(card.getFuelnetCardRef());
        fuelCards.updateStatus(card.getId(), "BLOCKED");
        log.warn("fuel card blocked id={} ref={} reason={}", card.getId(), card.getFuelnetCardRef(), reason);
    }

    public void auditTravelCard(TravelCard card) {
        log.debug("travel card loaded {}", card);
    }
}
