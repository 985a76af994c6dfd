package net.mobilo.billing.web;

import jakarta.servlet.http.HttpServletRequest;
import net.mobilo.billing.client.BrazeClient;
import net.mobilo.billing.client.CreditBureauClient;
import net.mobilo.billing.client.PortingClient;
import net.mobilo.billing.mapper.SubscriberMapper;
import net.mobilo.billing.model.Subscriber;
import net.mobilo.billing.service.AutopayService;
import net.mobilo.billing.service.AutopayService.EnrolCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping("/v1/subscribers")
public class SubscriberController {

    private static final Logger log = LoggerFactory.getLogger(SubscriberController.class);

    private final SubscriberMapper subscribers;
    private final CreditBureauClient bureau;
    private final PortingClient porting;
    private final BrazeClient braze;
    private final AutopayService autopay;

    public SubscriberController(SubscriberMapper subscribers, CreditBureauClient bureau, PortingClient porting,
                                BrazeClient braze, AutopayService autopay) {
        this.subscribers = subscribers;
        this.bureau = bureau;
        this.porting = porting;
        this.braze = braze;
        this.autopay = autopay;
    }

    public record Activation(String msisdn, String fullName, LocalDate dateOfBirth, String nationalId, String email,
                             String iccid, String imsi, String donorOperator) {
    }

    @PostMapping
    public ResponseEntity<Long> activate(@RequestBody Activation req, HttpServletRequest http) {
        log.debug("activation request {}", req);
        Subscriber s = new Subscriber(null, req.msisdn(), req.fullName(), req.dateOfBirth(), req.nationalId(), req.email());
        var assessment = bureau.assess(s);
        if (!"ACCEPT".equals(assessment.decision())) {
            log.warn("bureau declined {} (DOB {}, id {}) score={}",
                    s.getFullName(), s.getDateOfBirth(), s.getNationalId(), assessment.score());
            return ResponseEntity.status(422).build();
        }
        subscribers.insert(s);
        subscribers.activateSim(req.iccid(), s.getId(), req.imsi());
        log.info("SIM {} activated for subscriber {}", req.iccid(), s.getId());
        if (req.donorOperator() != null) {
            String ref = porting.requestPortIn(req.msisdn(), req.donorOperator(), req.fullName(), req.nationalId());
            log.info("port-in {} requested for subscriber {}", ref, s.getId());
        }
        braze.syncProfile(s);
        return ResponseEntity.ok(s.getId());
    }

    @PostMapping("/{id}/autopay")
    public ResponseEntity<Void> enrolAutopay(@PathVariable long id, @RequestBody EnrolCommand cmd) {
        var card = autopay.enrol(cmd);
        log.info("subscriber {} enrolled card ending {}", id, card.getLast4());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/email")
    public ResponseEntity<Void> changeEmail(@PathVariable long id, @RequestBody String email) {
        Subscriber s = subscribers.findById(id);
        log.info("subscriber {} changed email from {} to {}", s, s.getEmail(), email);
        return ResponseEntity.noContent().build();
    }
}
