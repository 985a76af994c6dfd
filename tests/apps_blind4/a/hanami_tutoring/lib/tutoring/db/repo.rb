# frozen_string_literal: true

require "rom-repository"

module Tutoring
  module DB
    # Base repository: every repo reads relations from the app's ROM container.
    class Repo < ROM::Repository::Root
      include Deps[container: "persistence.rom"]

      struct_namespace Tutoring::Structs
      auto_struct true
    end

    class Relation < ROM::Relation[:sql]
      auto_struct true
    end
  end
end
