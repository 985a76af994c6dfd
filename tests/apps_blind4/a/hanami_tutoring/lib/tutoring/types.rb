# frozen_string_literal: true

require "dry/types"

module Tutoring
  Types = Dry.Types

  module Types
    Email = String.constrained(format: /\A[^@\s]+@[^@\s]+\z/)
    YearGroup = Integer.constrained(gteq: 1, lteq: 13)
    Pence = Integer.constrained(gteq: 0)
    LessonLength = Integer.enum(30, 45, 60, 90)
  end
end
