# frozen_string_literal: true

module Tutoring
  module Actions
    module Bookings
      class Create < Tutoring::Action
        include Deps[
          "repos.guardian_repo",
          "repos.lesson_repo",
          "services.classroom",
          "services.posthog_client"
        ]

        params do
          required(:student_id).filled(:integer)
          required(:tutor_id).filled(:integer)
          required(:starts_at).filled(:date_time)
          required(:duration_minutes).filled(:integer, included_in?: [30, 45, 60, 90])
          optional(:discount_code).maybe(:string)
        end

        def handle(request, response)
          halt 422, request.params.errors.to_h.to_json unless request.params.valid?

          guardian = guardian_repo.with_students(request.session[:guardian_id])
          student = guardian.students.find { |s| s.id == request.params[:student_id] }
          halt 404 unless student

          if (code = request.params[:discount_code])
            logger.info("discount code applied", code: code, guardian_id: guardian.id)
          end

          lesson = lesson_repo.create(
            student_id: student.id,
            tutor_id: request.params[:tutor_id],
            starts_at: request.params[:starts_at],
            duration_minutes: request.params[:duration_minutes]
          )
          tutor = lesson_repo.tutors.by_pk(lesson.tutor_id).one
          room = classroom.create_room(lesson, tutor: tutor, student: student, guardian: guardian)
          lesson_repo.update(lesson.id, room_name: room)

          posthog_client.capture(distinct_id: guardian.id, event: "lesson_booked",
                                 properties: {tutor_id: tutor.id, minutes: lesson.duration_minutes})
          logger.info("lesson booked", lesson_id: lesson.id, student_id: student.id, tutor_id: tutor.id, room: room)

          response.status = 201
          response.body = {lesson_id: lesson.id, room: room}.to_json
        end
      end
    end
  end
end
