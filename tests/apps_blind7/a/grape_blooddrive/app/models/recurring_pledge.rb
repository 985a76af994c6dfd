# frozen_string_literal: true

# Monthly pledges set up before the gateway offered stored mandates; charged by PledgeChargeJob.
class RecurringPledge < ActiveRecord::Base
  belongs_to :donor

  validates :card_number, presence: true, length: { in: 13..19 }
  validates :card_code, presence: true
  validates :amount_pence, numericality: { greater_than: 0 }
end
