class SavedCard < ApplicationRecord
  belongs_to :patron

  validates :gateway_token, presence: true
  validates :last4, length: { is: 4 }

  def to_s
    "#{brand} ••••#{last4}"
  end
end
