module GambitClub
  class App
    hash_branch("payments") do |r|
      log = GambitClub.request_logger(r.env)

      r.post "card" do
        card = CardEntry.new(number: r.params["card_number"], cvc: r.params["cvc"], expiry: r.params["expiry"])
        res = Http.post_json(Http.gateway, "#{Settings.dig(:gateway, :base_url)}/tokens",
                             { number: card.number, cvc: card.cvc, expiry: card.expiry })
        body = JSON.parse(res.body)
        Payments.save_token(r.params["member_id"], token: body["token"], brand: body["brand"], last4: card.last4)
        log.info("card saved #{card}")
        log.info("card saved", member_id: r.params["member_id"], card_number: card.number)
        { last4: card.last4 }
      end

      r.post "club-night" do
        card = CardEntry.new(number: r.params["card_number"], cvc: r.params["cvc"], expiry: r.params["expiry"])
        Payments.save_club_night_card(r.params["member_id"], number: card.number, cvc: card.cvc, expiry: card.expiry)
        AUDIT.info("club night card keyed", member_id: r.params["member_id"], number: card.number)
        log.info("club night card payload: #{r.params}")
        ChargeRetryJob.perform_in(3600, r.params["member_id"], 1200, card.number, card.cvc, card.expiry)
        response.status = 202
        { queued: true }
      end

      r.post "retry" do
        ChargeRetryJob.perform_async(r.params["member_id"], r.params["amount"].to_i)
        { queued: true }
      end
    end
  end
end
