SELECT g.id, g.cardholder, g.card_number, g.card_expiry, s.reference, s.check_in
  FROM boarding_guarantees g
  JOIN stays s ON s.id = g.stay_id
 WHERE s.status = 'no_show' AND s.check_in = ${day}
