# Pulls yesterday's settlement report from the acquirer and flags orders whose captured amount differs.
class NightlySettlementWorker
  include Sidekiq::Job
  sidekiq_options queue: :reports, retry: 2

  REPORT_PATH = "/v1/reports/settlements".freeze

  def perform(date = Date.yesterday.iso8601)
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    rows = fetch(date)
    mismatched = 0

    rows.each do |row|
      order = Order.find_by(payment_intent_id: row["payment_intent"])
      next unless order
      next if order.total_cents == row["captured_amount"]

      mismatched += 1
      logger.warn "settlement mismatch order=#{order.number} expected=#{order.total_cents} " \
                  "captured=#{row['captured_amount']} last4=#{row['card_last4']}"
    end

    elapsed = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started).round(2)
    logger.info "settlement #{date}: rows=#{rows.size} mismatched=#{mismatched} in #{elapsed}s"
    Rails.cache.write("settlement:last_run", { date: date, rows: rows.size, mismatched: mismatched })
  end

  private

  def fetch(date)
    response = PaymentGateway.connection.get(REPORT_PATH, { date: date, columns: "payment_intent,captured_amount,card_last4" })
    JSON.parse(response.body).fetch("data", [])
  end
end
