# frozen_string_literal: true

module Tutoring
  module Relations
    class BillingProfiles < Tutoring::DB::Relation
      schema :billing_profiles, infer: true do
        associations do
          belongs_to :guardian
        end
      end
    end
  end
end
