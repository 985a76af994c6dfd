# frozen_string_literal: true

class AutopayCard < Sequel::Model(:autopay_cards)
  many_to_one :tenant

  def masked
    "#{card_brand&.upcase} •••• #{last_four}"
  end

  def before_save
    self.last_four = acct_number.to_s[-4..] if acct_number
    self.bin6 = acct_number.to_s[0, 6] if acct_number
    super
  end
end
