package co.vowsandco.planner.web;

import co.vowsandco.planner.client.HubspotClient;
import co.vowsandco.planner.client.PartnerClients;
import co.vowsandco.planner.repository.CoupleRepository;
import co.vowsandco.planner.service.Couple;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class CoupleController {

    private static final Logger log = LogManager.getLogger(CoupleController.class);

    private final CoupleRepository couples;
    private final HubspotClient hubspot;
    private final PartnerClients partners;
    private final PasswordEncoder encoder;

    public CoupleController(CoupleRepository couples, HubspotClient hubspot, PartnerClients partners,
                            PasswordEncoder encoder) {
        this.couples = couples;
        this.hubspot = hubspot;
        this.partners = partners;
        this.encoder = encoder;
    }

    @GetMapping("/signup")
    public String signupForm() {
        return "signup";
    }

    @PostMapping("/signup")
    public String signup(@RequestParam String partnerOne, @RequestParam String partnerTwo, @RequestParam String email,
                         @RequestParam(required = false) String phone, @RequestParam String password,
                         @RequestParam String weddingDate, HttpSession session, HttpServletRequest request) {
        if (couples.findByEmail(email).isPresent()) {
            log.info("signup with existing address {} from {}", email, request.getRemoteAddr());
            return "redirect:/login?exists";
        }
        long id = couples.insert(partnerOne, partnerTwo, email, phone, encoder.encode(password));
        Couple couple = couples.findById(id).orElseThrow();
        log.info("new couple registered: {}", couple);
        String contactId = hubspot.upsertContact(couple, weddingDate);
        if (contactId != null) {
            couples.linkHubspot(id, contactId);
        }
        session.setAttribute("couple", couple);
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    public String dashboard(HttpSession session, Model model) {
        Couple couple = (Couple) session.getAttribute("couple");
        log.debug("dashboard for couple {}", couple.id());
        model.addAttribute("couple", couple);
        return "dashboard";
    }

    @PostMapping("/weddings/{weddingId}/invitations")
    public String orderInvitations(@PathVariable long weddingId, @RequestParam String design, HttpSession session) {
        var addresses = couples.guestAddresses(weddingId);
        log.debug("sending {} address blocks to stationery: {}", addresses.size(), addresses);
        String orderId = partners.orderInvitations(weddingId, design, addresses);
        return "redirect:/weddings/" + weddingId + "/invitations?order=" + orderId;
    }

    @PostMapping("/weddings/{weddingId}/venue-hold")
    public String holdVenue(@PathVariable long weddingId, @RequestParam String venueRef, @RequestParam String date,
                            HttpSession session) {
        Couple couple = (Couple) session.getAttribute("couple");
        String holdId = partners.holdVenue(venueRef, date, couple.displayName(), couple.phone());
        log.info("wedding {} venue {} held as {}", weddingId, venueRef, holdId);
        return "redirect:/weddings/" + weddingId;
    }
}
