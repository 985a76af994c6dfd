require "test_helper"

class PayoutCardTest < ActiveSupport::TestCase
  test "derives last4 from the number" do
    card = PayoutCard.new(seller: sellers(:acme), debit_card_number: "4242 4242 4242 4242", exp_month: 1, exp_year: 2030)
    card.valid?
    assert_equal "4242", card.last4
  end

  test "masked number never shows more than last4" do
    assert_equal "•••• 1950", payout_cards(:acme_debit).masked_number
  end

  test "number is encrypted at rest" do
    raw = PayoutCard.connection.select_value("SELECT debit_card_number FROM payout_cards WHERE id = #{payout_cards(:acme_debit).id}")
    refute_includes raw, "4443512922121950"
  end
end
