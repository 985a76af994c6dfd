INSERT INTO boarding_guarantees (stay_id, owner_id, cardholder, card_number, card_expiry, card_cvc)
VALUES (${stayId}, ${ownerId}, ${cardholder}, ${cardNumber}, ${expiry}, ${cvc})
RETURNING id
