class TuitionPlan < ApplicationRecord
  belongs_to :guardian
end
