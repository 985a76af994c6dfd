class GiftVoucher < ApplicationRecord
  validates :voucher_card_number, presence: true, uniqueness: true, length: { is: 12 }
end
