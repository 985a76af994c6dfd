# frozen_string_literal: true

module Tutoring
  module Actions
    module Students
      # Guardian sign-up with the first student.
      class Create < Tutoring::Action
        include Deps["repos.guardian_repo", "services.posthog_client", "notifications.mailer"]

        params do
          required(:guardian).hash do
            required(:full_name).filled(:string)
            required(:email).filled(:string)
            optional(:phone).maybe(:string)
            optional(:postal_address).maybe(:string)
          end
          required(:student).hash do
            required(:first_name).filled(:string)
            optional(:year_group).maybe(:integer)
            optional(:date_of_birth).maybe(:date)
          end
        end

        def handle(request, response)
          unless request.params.valid?
            logger.info("signup rejected", errors: request.params.errors.to_h.keys)
            halt 422, {errors: request.params.errors.to_h}.to_json
          end

          attrs = request.params[:guardian]
          if guardian_repo.find_by_email(attrs[:email])
            logger.info("signup for existing guardian", email: attrs[:email], ip: request.ip)
            halt 409
          end

          guardian = guardian_repo.create(attrs.merge(email: attrs[:email].downcase, created_at: Time.now))
          guardian_repo.students.changeset(:create, request.params[:student].merge(guardian_id: guardian.id)).commit
          logger.info("guardian registered", guardian_id: guardian.id, request_id: request.env["HTTP_X_REQUEST_ID"])

          posthog_client.identify(guardian)
          posthog_client.capture(distinct_id: guardian.id, event: "signed_up", properties: {year_group: request.params[:student][:year_group]})
          mailer.welcome(guardian)

          response.status = 201
          response.format = :json
          response.body = {id: guardian.id}.to_json
        end
      end
    end
  end
end
