Yell.new :datefile, "log/audit.log", name: "audit", format: Yell.format("%d %m", "%Y-%m-%dT%H:%M:%S")

module Audit
  def self.record(event, **fields)
    Yell["audit"].info("#{event} #{fields.map { |k, v| "#{k}=#{v}" }.join(' ')}")
  end
end
