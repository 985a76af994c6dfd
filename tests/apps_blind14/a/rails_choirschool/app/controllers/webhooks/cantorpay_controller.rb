module Webhooks
  class CantorpayController < ApplicationController
    def create
      event = JSON.parse(request.raw_post)
      Rails.logger.info("cantorpay webhook id=#{event['id']} type=#{event['type']}")
      if event["type"] == "charge.failed"
        Rails.logger.warn("cantorpay charge failed #{event['data'].inspect}")
      end
      head :ok
    end
  end
end
