class PaymentDeclined < StandardError
  def initialize(guardian, reason)
    super("Card declined for #{guardian.full_name} <#{guardian.email}>: #{reason}")
  end
end
