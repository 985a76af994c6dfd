# frozen_string_literal: true

module Campground
  class App
    hash_branch("kiosks") do |r|
      r.post "heartbeat" do
        body = JSON.parse(r.body.read)
        Log.info("kiosk heartbeat", kiosk: body["label"], iccid: body["sim_iccid"], ip: r.ip)
        DB[:kiosks].where(label: body["label"]).update(sim_iccid: body["sim_iccid"], ip_address: r.ip)
        { ok: true }
      end

      r.post "gift-cards/redeem" do
        code = r.POST["code"]
        card = DB[:gift_cards].where(code: code).first
        Log.info("gift card redeem attempt", code: code, found: !card.nil?)
        r.halt(404) unless card
        { balance_cents: card[:balance_cents] }
      end
    end
  end
end
