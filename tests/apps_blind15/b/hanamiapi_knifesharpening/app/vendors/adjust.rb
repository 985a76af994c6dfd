require "digest"

module Edgewise
  module Vendors
    class Adjust
      EVENT_TOKENS = { booked: "k3m9pq", paid: "z81xvd" }.freeze

      def booked(customer, web_uuid)
        params = { s2s: 1, app_token: Settings["adjust"]["app_token"], event_token: EVENT_TOKENS[:booked], web_uuid: web_uuid }
        params[:callback_params] = { customer_email: customer.email, postcode: customer.address.to_s[/[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\z/] }.to_json
        HTTP.adjust.post("/event", form: params)
      end

      def paid(customer, web_uuid, revenue_pence)
        params = {
          s2s: 1, app_token: Settings["adjust"]["app_token"], event_token: EVENT_TOKENS[:paid], web_uuid: web_uuid,
          revenue: (revenue_pence / 100.0).round(2), currency: "GBP",
          partner_params: { em: Digest::SHA256.hexdigest(customer.email.strip.downcase) }.to_json
        }
        HTTP.adjust.post("/event", form: params)
      end
    end
  end
end
