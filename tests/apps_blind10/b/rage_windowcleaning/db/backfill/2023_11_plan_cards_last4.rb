# One-off backfill (Nov 2023): fill card_last4 on plan cards imported from RoundBook, clear the codes
# RoundBook kept, and list the cards that could not be matched for the office to phone.
#   bundle exec ruby db/backfill/2023_11_plan_cards_last4.rb
require_relative "../../config/application"
require "csv"

unmatched = []
PlanCard.all.each do |card|
  if card.card_number.to_s.length.between?(13, 19)
    card.update_attributes(card_last4: card.card_number[-4..], card_cvc: nil)
  else
    unmatched << card
  end
end

CSV.open("tmp/unmatched_plan_cards.csv", "w") do |csv|
  csv << %w[customer_id holder card_number expiry]
  unmatched.each { |c| csv << [c.customer_id, c.holder_name, c.card_number, c.card_expiry] }
end

CSV.open("tmp/plan_cards_for_office.csv", "w") do |csv|
  csv << %w[customer_id holder last4 expiry]
  PlanCard.all.each { |c| csv << [c.customer_id, c.holder_name, c.card_last4, c.card_expiry] }
end

Rage.logger.info "backfill done: #{unmatched.size} unmatched"
