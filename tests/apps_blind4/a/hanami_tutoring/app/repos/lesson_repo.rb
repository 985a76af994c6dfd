# frozen_string_literal: true

module Tutoring
  module Repos
    class LessonRepo < Tutoring::DB::Repo
      commands :create, update: :by_pk

      def upcoming(within: 24 * 60 * 60)
        now = Time.now
        lessons
          .where(status: "scheduled")
          .where { (starts_at >= now) & (starts_at < now + within) }
          .combine(student: :guardian)
          .to_a
      end

      def finished_unbilled
        lessons.where(status: "finished").order(:starts_at).to_a
      end

      def mark(id, status)
        lessons.by_pk(id).changeset(:update, status: status).commit
      end
    end
  end
end
