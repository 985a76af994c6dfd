# frozen_string_literal: true

require "faraday"

module Tutoring
  module Services
    # Opens video rooms on the self-hosted classroom server and registers participants.
    class Classroom
      include Deps["settings", "logger"]

      def create_room(lesson, tutor:, student:, guardian:)
        room = "lesson-#{lesson.id}"
        conn = Faraday.new(url: settings.classroom_api_url, headers: {"Authorization" => "Bearer #{settings.classroom_api_secret}"})
        resp = conn.post("rooms") do |req|
          req.headers["Content-Type"] = "application/json"
          req.body = {
            name: room,
            max_participants: 3,
            participants: [
              {identity: "tutor-#{tutor.id}", display_name: tutor.display_name},
              {identity: "student-#{student.id}", display_name: student.first_name},
              {identity: "guardian-#{guardian.id}", display_name: guardian.full_name, email: guardian.email}
            ]
          }.to_json
        end
        logger.info("classroom room created", lesson_id: lesson.id, room: room, status: resp.status)
        room
      end
    end
  end
end
