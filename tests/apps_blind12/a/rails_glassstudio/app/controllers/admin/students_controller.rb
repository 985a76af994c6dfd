module Admin
  class StudentsController < ApplicationController
    def index
      students = Student.order(:created_at).limit(200)
      logger.info("admin listed students", staff_id: current_staff.id, count: students.size)
      render json: students.as_json(only: %i[id full_name email])
    end

    def destroy
      student = Student.find(params[:id])
      AuditLog.record("student.erased", actor: current_staff, subject: student)
      AuditLog.record_with_snapshot("student.erased.snapshot", actor: current_staff, subject: student)
      Clients.airship.delete("named_users/student-#{student.id}")
      student.destroy!
      head :no_content
    end
  end
end
