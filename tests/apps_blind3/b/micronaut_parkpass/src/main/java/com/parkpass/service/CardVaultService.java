package com.parkpass.service;

import com.parkpass.client.AcquirerClient;
import com.parkpass.client.AcquirerClient.TokenResult;
import com.parkpass.domain.StoredCard;
import com.parkpass.repository.StoredCardRepository;
import com.parkpass.web.CardRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

@Singleton
public class CardVaultService {

    private static final Logger LOG = LoggerFactory.getLogger(CardVaultService.class);

    private final StoredCardRepository cards;
    private final AcquirerClient acquirer;

    public CardVaultService(StoredCardRepository cards, AcquirerClient acquirer) {
        this.cards = cards;
        this.acquirer = acquirer;
    }

    public StoredCard enrol(CardRequest req) {
        String pan = req.cardNumber().replaceAll("[\\s-]", "");
        TokenResult token;
        try {
            token = acquirer.tokenize(pan, req.expMonth(), req.expYear(), req.cvc(), req.holderName());
        } catch (IOException e) {
            LOG.error("tokenization failed for card {} exp {}/{}", pan, req.expMonth(), req.expYear(), e);
            throw new IllegalStateException("acquirer unavailable", e);
        }

        StoredCard card = new StoredCard();
        card.setDriverId(req.driverId());
        card.setExpMonth(req.expMonth());
        card.setExpYear(req.expYear());
        card.setLast4(pan.substring(pan.length() - 4));
        card.setCardBrand(token.brand());
        card.setGatewayToken(token.token());
        if (req.keepOnFile()) {
            card.setPrimaryAccountNumber(pan);
            card.setSecurityCode(req.cvc());
        }
        StoredCard saved = cards.save(card);
        LOG.info("vaulted card {} as {} (brand {})", mask(pan), token.token(), token.brand());
        return saved;
    }

    public void reissue(Long cardId, String newPan, short month, short year) {
        cards.replaceCard(cardId, newPan, month, year, newPan.substring(newPan.length() - 4));
        LOG.info("card {} reissued, new bin {}", cardId, newPan.substring(0, 6));
    }

    /** 411111******1111 style: first six and last four, as PCI DSS allows for display. */
    static String mask(String pan) {
        if (pan == null || pan.length() < 12) {
            return "****";
        }
        return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
    }
}
