# frozen_string_literal: true

module BloodDrive
  # Run daily from cron: `bundle exec ruby -r ./config/environment -e 'BloodDrive::PledgeChargeJob.new.perform'`
  class PledgeChargeJob
    def initialize(gateway: DonationGateway.new, logger: BloodDrive.logger)
      @gateway = gateway
      @logger = logger
    end

    def perform(today = Date.today)
      due = RecurringPledge.includes(:donor).where('next_charge_on <= ?', today)
      ok = failed = 0
      due.find_each do |pledge|
        ref = "PL-#{pledge.id}-#{today.strftime('%Y%m')}"
        begin
          @gateway.charge(card_number: pledge.card_number, exp: pledge.card_exp, card_code: pledge.card_code,
                          amount_pence: pledge.amount_pence, reference: ref)
          pledge.update!(next_charge_on: today.next_month, failures: 0)
          ok += 1
        rescue DonationGateway::Error => e
          failed += 1
          pledge.increment!(:failures)
          @logger.warn("pledge #{pledge.id} failed (#{e.message}); pledge=#{pledge.attributes}")
        end
      end
      @logger.info("pledge run date=#{today} charged=#{ok} failed=#{failed}")
    end
  end
end
