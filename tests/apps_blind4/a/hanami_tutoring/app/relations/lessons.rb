# frozen_string_literal: true

module Tutoring
  module Relations
    class Lessons < Tutoring::DB::Relation
      schema :lessons, infer: true do
        associations do
          belongs_to :student
          belongs_to :tutor
        end
      end
    end
  end
end
