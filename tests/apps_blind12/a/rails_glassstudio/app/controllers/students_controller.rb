class StudentsController < ApplicationController
  def create
    student = Student.new(student_params)
    if student.save
      logger.info("student enrolled", student_id: student.id)
      AirshipSyncJob.perform_later(student.id)
      render json: { id: student.id }, status: :created
    else
      logger.warn("enrolment rejected", params: student_params.to_h, errors: student.errors.full_messages)
      render json: { errors: student.errors }, status: :unprocessable_entity
    end
  end

  def update
    student = Student.find(params[:id])
    SemanticLogger.tagged(student_id: student.id) do
      student.update!(student_params)
      logger.info("student updated", changed: student.saved_changes.keys)
    end
    SemanticLogger.tagged(email: student.email) do
      logger.info("student profile refreshed")
    end
    render json: { id: student.id }
  end

  def safety_briefing
    student = Student.find(params[:id])
    logger.info("safety briefing signed", student: student.inspect)
    head :no_content
  end

  private

  def student_params
    params.require(:student).permit(:full_name, :email, :phone, :date_of_birth, :emergency_contact_phone)
  end
end
