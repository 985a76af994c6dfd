module Nursery
  # Fee rules, 2024/25 price list.
  module Fees
    DAILY_RATE_PENCE = { 'babies' => 7_200, 'toddlers' => 6_800, 'preschool' => 6_400 }.freeze
    FUNDED_HOURLY_PENCE = 575
    DAYS_PER_MONTH = 21

    module_function

    def monthly_pence(child)
      DAILY_RATE_PENCE.fetch(child.room, 6_800) * DAYS_PER_MONTH
    end

    def funded_pence(child)
      weekly = [child.funded_hours.to_i, 30].min
      (weekly * FUNDED_HOURLY_PENCE * 38 / 12.0).round
    end

    def sibling_discount(parent)
      parent.children.count > 1 ? 0.1 : 0.0
    end
  end
end
