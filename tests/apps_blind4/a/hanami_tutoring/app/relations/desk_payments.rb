# frozen_string_literal: true

module Tutoring
  module Relations
    class DeskPayments < Tutoring::DB::Relation
      schema :desk_payments, infer: true do
        associations do
          belongs_to :guardian
        end
      end

      def for_month(date)
        where { (created_at >= date.beginning_of_month) & (created_at < date.next_month.beginning_of_month) }
      end
    end
  end
end
