# frozen_string_literal: true

module Tutoring
  module Relations
    class Guardians < Tutoring::DB::Relation
      schema :guardians, infer: true do
        associations do
          has_many :students
          has_one :billing_profile
        end
      end

      def by_email(email)
        where(email: email.to_s.strip.downcase)
      end
    end
  end
end
