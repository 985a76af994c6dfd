# frozen_string_literal: true

module Tutoring
  module Repos
    class GuardianRepo < Tutoring::DB::Repo
      commands :create, update: :by_pk

      def find(id)
        guardians.by_pk(id).one
      end

      def find_by_email(email)
        guardians.by_email(email).one
      end

      def with_students(id)
        guardians.by_pk(id).combine(:students).one!
      end

      def mark_phone_unverified(id)
        guardians.by_pk(id).changeset(:update, phone_verified: false).commit
      end
    end
  end
end
