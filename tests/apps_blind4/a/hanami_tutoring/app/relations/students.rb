# frozen_string_literal: true

module Tutoring
  module Relations
    class Students < Tutoring::DB::Relation
      schema :students, infer: true do
        associations do
          belongs_to :guardian
          has_many :lessons
        end
      end

      def in_year(year_group)
        where(year_group: year_group)
      end
    end
  end
end
