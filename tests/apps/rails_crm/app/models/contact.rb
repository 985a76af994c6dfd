class Contact < ApplicationRecord
  validates :email, presence: true

  def card_ending
    card_last4
  end
end
