class ApplicationController < ActionController::API
  rescue_from ActiveRecord::RecordInvalid do |e|
    Rails.logger.warn("invalid record #{e.record.class} #{e.record.attributes.except('medical_notes_ciphertext')}")
    render json: { error: "invalid" }, status: :unprocessable_entity
  end

  rescue_from ActiveRecord::RecordNotFound do |e|
    Rails.logger.info("not found #{e.model} id=#{e.id}")
    render json: { error: "not_found" }, status: :not_found
  end
end
