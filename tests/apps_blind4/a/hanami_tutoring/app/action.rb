# auto_register: false
# frozen_string_literal: true

require "hanami/action"
require "json"

module Tutoring
  class Action < Hanami::Action
    include Deps["logger"]

    config.format :json

    handle_exception ROM::TupleCountMismatchError => :handle_not_found
    handle_exception StandardError => :handle_error

    private

    def handle_not_found(request, response, exception)
      logger.info("record not found", path: request.path, error: exception.class.name)
      response.status = 404
      response.body = {error: "not_found"}.to_json
    end

    def handle_error(request, response, exception)
      logger.error("unhandled error", path: request.path, request_id: request.env["HTTP_X_REQUEST_ID"],
                                      error: exception.class.name, message: exception.message,
                                      backtrace: exception.backtrace&.first(5))
      response.status = 500
      response.body = {error: "internal"}.to_json
    end
  end
end
