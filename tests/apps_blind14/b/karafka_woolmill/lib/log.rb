require "ougai"

module Log
  def self.root
    @root ||= Ougai::Logger.new($stdout).tap do |l|
      l.level = ENV.fetch("LOG_LEVEL", "info")
      l.with_fields = { service: "woolmill" }
    end
  end

  def self.for_message(message)
    root.child(topic: message.topic, offset: message.offset, key: message.key)
  end
end
