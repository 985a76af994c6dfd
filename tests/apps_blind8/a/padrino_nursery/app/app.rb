module Nursery
  class App < Padrino::Application
    register Padrino::Mailer
    register Padrino::Helpers
    use Airbrake::Rack::Middleware

    enable :sessions
    set :protect_from_csrf, except: %r{^/(api|webhooks)/}
    disable :show_exceptions

    before do
      content_type :json if request.path_info.start_with?('/api', '/webhooks')
    end

    error 500 do
      logger.error "500 on #{request.request_method} #{request.path_info}: #{env['sinatra.error']&.message}"
      { error: 'internal' }.to_json
    end

    helpers do
      def json_body
        @json_body ||= JSON.parse(request.body.read.presence || '{}')
      end

      def current_staff
        @current_staff ||= Staff.get(session[:staff_id])
      end

      def require_staff!
        halt 401, { error: 'unauthorised' }.to_json unless current_staff
      end
    end
  end
end
