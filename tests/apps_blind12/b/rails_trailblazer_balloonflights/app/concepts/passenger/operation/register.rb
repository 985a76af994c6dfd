module Passenger::Operation
  class Register < Trailblazer::Operation
    step :build
    step :persist
    step :sync_crm
    fail :log_failure

    def build(ctx, params:, **)
      attrs = params.require(:passenger).permit(:full_name, :email, :phone, :date_of_birth, :weight_kg, :medical_notes)
      ctx[:model] = ::Passenger.new(attrs)
    end

    def persist(ctx, model:, **)
      model.save
    end

    def sync_crm(ctx, model:, params:, **)
      KeapSyncJob.perform_later(model.id)
      MoosendClient.new.subscribe(model) if params.dig(:passenger, :newsletter)
      Audit.record("passenger.registered", id: model.id, email: model.email, weight_kg: model.weight_kg)
      true
    end

    def log_failure(ctx, model:, **)
      Rails.logger.warn("passenger registration failed for #{model}: #{model.errors.full_messages.join(', ')}")
    end
  end
end
