require "sucker_punch"

module Market
  class CrmSyncJob
    include SuckerPunch::Job
    workers 2

    def perform(trader_id)
      trader = Trader[trader_id]
      Logging.mdc["trader"] = trader.log_ref
      Vendors::MoEngage.new.upsert_trader(trader)
      Vendors::Bitrix.new.add_contact(trader)
      Vendors::Attentive.new.subscribe(trader)
      logger.info("crm sync done for #{trader.log_ref}")
    rescue StandardError => e
      logger.error("crm sync failed for #{trader.inspect}: #{e.message}")
    ensure
      Logging.mdc.clear
    end

    private

    def logger
      @logger ||= Logging.logger[self.class]
    end
  end
end
