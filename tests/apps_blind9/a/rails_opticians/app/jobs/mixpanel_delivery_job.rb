class MixpanelDeliveryJob
  include Sidekiq::Job
  sidekiq_options queue: :analytics, retry: 3

  def perform(type, message)
    Mixpanel::Consumer.new.send!(type.to_sym, message)
  rescue Mixpanel::ConnectionError => e
    Sidekiq.logger.warn("mixpanel delivery failed (#{type}): #{e.message}")
    raise
  end
end
